// Scenario -> URL query, and a link in another language: what the checker's browser code needs of `./url`, without
// the parsing (which checks country codes against the region table; only the server reads a shared link).
import { isLocale, localizedPublicPath, splitLocalePrefix } from "@/lib/i18n/locales";
import { CAPABILITIES, type CapabilityKey, type LaterAnswers, type PartnerAnswers, type Scenario } from "./scenario";

/** Short names of the direct-bill capabilities in a query (`caps=api,billing`). */
export const CAPABILITY_CODES: Record<CapabilityKey, string> = { apiIntegration: "api", billing: "billing", support: "support", managedServices: "managed" };

function partnerQuery(prefix: string, partner: PartnerAnswers): [string, string][] {
  const caps = CAPABILITIES.filter(({ key }) => partner.capabilities[key]).map(({ key }) => CAPABILITY_CODES[key]);
  return [
    [prefix, partner.type],
    [`${prefix}_country`, partner.country],
    [`${prefix}_onboarded`, partner.onboarded ? "1" : "0"],
    [`${prefix}_enrolled`, partner.enrolled ? "1" : "0"],
    [`${prefix}_mpa`, partner.mpaSigned ? "1" : "0"],
    [`${prefix}_mpa_on`, partner.mpaDate],
    [`${prefix}_caps`, caps.join(",")],
    ...laterQuery(prefix, partner),
  ];
}

/** Short names of the later versions' facts in a query; only answered ones are written. */
export const LATER_CODES = { resellerSince: "since", trailingRevenueUsd: "revenue", anniversaryRevenueUsd: "anniversary_revenue", assessedOn: "assessed" } as const;

function laterQuery(prefix: string, partner: PartnerAnswers): [string, string][] {
  if (!partner.later) return [];
  const later = partner.later;
  return (Object.keys(LATER_CODES) as (keyof LaterAnswers)[]).filter((key) => later[key] !== "").map((key) => [`${prefix}_${LATER_CODES[key]}`, later[key]]);
}

/** The whole scenario as a query string (without "?"), in a fixed order. */
export function scenarioToQuery(scenario: Scenario): string {
  const entries: [string, string][] = [
    ["action", scenario.action],
    ["on", scenario.on],
    ...partnerQuery("me", scenario.me),
    ...partnerQuery("other", scenario.other),
    ["rel", scenario.relationship],
    ["aff", scenario.affiliation],
    ["customer_country", scenario.customerCountry],
    ["customer_others", String(scenario.otherPartners)],
    ["tenant", scenario.tenant],
    ["enroll_as", scenario.enrollAs],
    ["by", scenario.requestedBy],
  ];
  return new URLSearchParams(entries).toString();
}

/** The address of a public page in `locale`, whatever language prefix it has now (`/check?…` → `/nl/check?…`). */
export function linkInLanguage(href: string, locale: string): string {
  const url = new URL(href);
  const path = splitLocalePrefix(url.pathname)?.pathname ?? url.pathname;
  url.pathname = localizedPublicPath(path, isLocale(locale) ? locale : "en");
  return url.toString();
}
