// Scenario <-> URL query, so a scenario can be shared as a link. Parsing is defensive: a value that is missing or
// not one the form offers falls back to the starting scenario's answer, field by field; nothing in a query throws.
import { isLocale, localizedPublicPath, splitLocalePrefix } from "@/lib/i18n/locales";
import { isIsoDate, isKnownCountry, type Action, type Affiliation, type PartnerType, type RelationshipStatus } from "@/lib/rules/browser";
import {
  ACTIONS,
  AFFILIATIONS,
  CAPABILITIES,
  ENROLL_AS,
  PARTNER_TYPES,
  RELATIONSHIPS,
  REQUESTED_BY,
  TENANTS,
  type CapabilityKey,
  type LaterAnswers,
  type PartnerAnswers,
  type Scenario,
} from "./scenario";

/** Short names of the direct-bill capabilities in a query (`caps=api,billing`). */
const CAPABILITY_CODES: Record<CapabilityKey, string> = { apiIntegration: "api", billing: "billing", support: "support", managedServices: "managed" };

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

function reader(input: QueryInput): (key: string) => string | undefined {
  if (input instanceof URLSearchParams) return (key) => input.get(key) ?? undefined;
  return (key) => {
    const value = input[key];
    return Array.isArray(value) ? value[0] : value;
  };
}

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
const LATER_CODES = { resellerSince: "since", trailingRevenueUsd: "revenue", anniversaryRevenueUsd: "anniversary_revenue", assessedOn: "assessed" } as const;

function laterQuery(prefix: string, partner: PartnerAnswers): [string, string][] {
  if (!partner.later) return [];
  const later = partner.later;
  return (Object.keys(LATER_CODES) as (keyof LaterAnswers)[]).filter((key) => later[key] !== "").map((key) => [`${prefix}_${LATER_CODES[key]}`, later[key]]);
}

function parseLater(get: (key: string) => string | undefined, prefix: string, fallback: LaterAnswers | undefined): LaterAnswers | undefined {
  const amount = (value: string | undefined) => (value !== undefined && /^\d{1,12}$/.test(value) ? value : "");
  const parsed: LaterAnswers = {
    resellerSince: date(get(`${prefix}_${LATER_CODES.resellerSince}`), ""),
    trailingRevenueUsd: amount(get(`${prefix}_${LATER_CODES.trailingRevenueUsd}`)),
    anniversaryRevenueUsd: amount(get(`${prefix}_${LATER_CODES.anniversaryRevenueUsd}`)),
    assessedOn: date(get(`${prefix}_${LATER_CODES.assessedOn}`), ""),
  };
  return Object.values(parsed).some((value) => value !== "") ? parsed : fallback;
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

function oneOf<T extends string>(options: readonly { value: T }[], value: string | undefined, fallback: T): T {
  return options.find((option) => option.value === value)?.value ?? fallback;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === "1") return true;
  if (value === "0") return false;
  return fallback;
}

function country(value: string | undefined, fallback: string): string {
  return value !== undefined && /^[A-Za-z]{2}$/.test(value) && isKnownCountry(value) ? value.toUpperCase() : fallback;
}

function date(value: string | undefined, fallback: string): string {
  return value !== undefined && isIsoDate(value) ? value : fallback;
}

function capabilities(value: string | undefined, fallback: PartnerAnswers["capabilities"]): PartnerAnswers["capabilities"] {
  if (value === undefined) return fallback;
  const codes = new Set(value.split(","));
  const parsed = { ...fallback };
  for (const { key } of CAPABILITIES) parsed[key] = codes.has(CAPABILITY_CODES[key]);
  return parsed;
}

function parsePartner(get: (key: string) => string | undefined, prefix: string, fallback: PartnerAnswers): PartnerAnswers {
  const later = parseLater(get, prefix, fallback.later);
  return {
    ...(later && { later }),
    type: oneOf<PartnerType>(PARTNER_TYPES, get(prefix), fallback.type),
    country: country(get(`${prefix}_country`), fallback.country),
    onboarded: flag(get(`${prefix}_onboarded`), fallback.onboarded),
    enrolled: flag(get(`${prefix}_enrolled`), fallback.enrolled),
    mpaSigned: flag(get(`${prefix}_mpa`), fallback.mpaSigned),
    mpaDate: date(get(`${prefix}_mpa_on`), fallback.mpaDate),
    capabilities: capabilities(get(`${prefix}_caps`), fallback.capabilities),
  };
}

function count(value: string | undefined, fallback: number): number {
  return value !== undefined && /^\d{1,2}$/.test(value) ? Number(value) : fallback;
}

/** The scenario a query describes, each missing or unusable answer taken from `fallback`. */
export function scenarioFromQuery(input: QueryInput, fallback: Scenario): Scenario {
  const get = reader(input);
  return {
    action: oneOf<Action>(ACTIONS, get("action"), fallback.action),
    on: date(get("on"), fallback.on),
    me: parsePartner(get, "me", fallback.me),
    other: parsePartner(get, "other", fallback.other),
    relationship: oneOf<RelationshipStatus | "none">(RELATIONSHIPS, get("rel"), fallback.relationship),
    affiliation: oneOf<Affiliation>(AFFILIATIONS, get("aff"), fallback.affiliation),
    customerCountry: country(get("customer_country"), fallback.customerCountry),
    otherPartners: count(get("customer_others"), fallback.otherPartners),
    tenant: oneOf(TENANTS, get("tenant"), fallback.tenant),
    enrollAs: oneOf(ENROLL_AS, get("enroll_as"), fallback.enrollAs),
    requestedBy: oneOf(REQUESTED_BY, get("by"), fallback.requestedBy),
  };
}

/** True when the query names any part of a scenario (a shared link), rather than being empty or unrelated. */
export function hasScenarioQuery(input: QueryInput): boolean {
  const get = reader(input);
  return ["action", "on", "me", "other", "rel", "customer_country"].some((key) => get(key) !== undefined);
}

/** The address of a public page in `locale`, whatever language prefix it has now (`/check?…` → `/nl/check?…`). */
export function linkInLanguage(href: string, locale: string): string {
  const url = new URL(href);
  const path = splitLocalePrefix(url.pathname)?.pathname ?? url.pathname;
  url.pathname = localizedPublicPath(path, isLocale(locale) ? locale : "en");
  return url.toString();
}
