// Words and formats people read, in one place: relationship states and list filters, partner types, regions, dates,
// counts. The rules'
// own words for parties and places (used in their explanations) stay in lib/rules/labels.ts.
import { REGIONS, type PartnerType, type RelationshipStatus } from "@/lib/rules";
import type { ReadinessFilter, StatusFilter } from "@/lib/validation/resellers";

export const relationshipStatusLabel: Record<RelationshipStatus, string> = {
  invited: "Invited",
  active: "Active",
  suspended: "Suspended",
  "termination-requested": "Termination requested",
  terminated: "Terminated",
};

export const statusFilterLabel: Record<StatusFilter, string> = {
  live: "All but terminated",
  all: "All, terminated included",
  ...relationshipStatusLabel,
};

export const readinessFilterLabel: Record<ReadinessFilter, string> = {
  any: "Any readiness",
  "not-onboarded": "Not onboarded",
  onboarded: "Onboarded",
  enrolled: "Onboarded and enrolled",
  "mpa-signed": "Ready: MPA signed",
  "not-mpa-signed": "MPA not signed",
  transacting: "Transacting",
};

/** A region id as people read it ("europe" -> "Europe"); unknown ids are shown as they are. */
export function regionName(id: string): string {
  return REGIONS.find((region) => region.id === id)?.name ?? id;
}

/** Dates as partners read them, the same on server and client (UTC, so no hydration mismatch). */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  return date.toLocaleDateString("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}

/** A moment as people read it in a log: day and minute, in UTC so server and browser agree (see formatDate). */
export function formatDateTime(value: Date): string {
  const date = value.toLocaleDateString("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const time = value.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC", hour12: false });
  return `${date}, ${time}`;
}

const plurals = new Intl.PluralRules("en");
/** Irregular plurals the app uses; everything else takes an "s". */
const IRREGULAR: Record<string, string> = { person: "people", company: "companies" };

/** "1 customer", "2 customers", "1,024 resellers": every count the app shows goes through here. */
export function pluralize(count: number, singular: string, plural = IRREGULAR[singular] ?? `${singular}s`): string {
  return `${count.toLocaleString("en")} ${plurals.select(count) === "one" ? singular : plural}`;
}

/** A tenant's name marked as internal use, once: "Litware Solutions (internal use)" is not marked again. */
export function internalUseLabel(name: string): string {
  return /\(internal use\)\s*$/i.test(name) ? name : `${name} (internal use)`;
}

/** Partner types as people read them. */
export const partnerTypeLabel: Record<PartnerType, string> = {
  "indirect-provider": "Indirect provider",
  "indirect-reseller": "Indirect reseller",
  "direct-bill": "Direct-bill partner",
};
