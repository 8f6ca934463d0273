import type { RelationshipStatus } from "@/lib/rules";
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
