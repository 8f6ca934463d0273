// Words and formats people read, in one place: relationship states and list filters, regions, dates. The rules'
// own words for parties and places (used in their explanations) stay in lib/rules/labels.ts.
import { REGIONS, type RelationshipStatus } from "@/lib/rules";
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
