// Scenario <-> URL query, so a scenario can be shared as a link. Parsing is defensive: a value that is missing or
// not one the form offers falls back to the starting scenario's answer, field by field; nothing in a query throws.
import { isIsoDate } from "@/lib/rules/dates";
import { isKnownCountry } from "@/lib/rules/regions";
import type { Action, Affiliation, PartnerType, RelationshipStatus } from "@/lib/rules/types";
import { CAPABILITY_CODES, LATER_CODES } from "./query";
import {
  ACTIONS,
  AFFILIATIONS,
  CAPABILITIES,
  ENROLL_AS,
  PARTNER_TYPES,
  RELATIONSHIPS,
  REQUESTED_BY,
  TENANTS,
  type LaterAnswers,
  type PartnerAnswers,
  type Scenario,
} from "./scenario";

// Writing a query is in `./query` (the browser writes one on every change, and needs none of the parsing below).
export { linkInLanguage, scenarioToQuery } from "./query";

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

function reader(input: QueryInput): (key: string) => string | undefined {
  if (input instanceof URLSearchParams) return (key) => input.get(key) ?? undefined;
  return (key) => {
    const value = input[key];
    return Array.isArray(value) ? value[0] : value;
  };
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
