/**
 * The reseller timeline: the steps of one provider–reseller relationship, each taken from an audit event. Pure: the
 * data layer hands in the events that concern the pair (see lib/data/reseller-timeline.ts); nothing else is read, so
 * the audit trail stays the one source of truth.
 */

export type TimelineEvent = {
  id: number;
  occurredAt: Date;
  action: string;
  actorName: string | null;
  actorOrganizationName: string | null;
  /** Whether the viewer may open this event in their audit log (the data layer decides). */
  linkable: boolean;
};

export type TimelineStepKey =
  | "invited"
  | "linked"
  | "onboarded"
  | "enrolled"
  | "mpa-signed"
  | "first-transaction"
  | "termination-requested"
  | "terminated";

export type TimelineStep = { key: TimelineStepKey; label: string; event: TimelineEvent | null };

type StepDefinition = {
  key: TimelineStepKey;
  label: string;
  actions: string[];
  /** Which matching event the step shows: the first time it happened, or the latest (a request may be filed again). */
  pick: "first" | "latest";
  /** Steps that only appear once they happened (the end of a relationship is not a step every reseller takes). */
  optional?: boolean;
};

export const timelineSteps: StepDefinition[] = [
  { key: "invited", label: "Invited", actions: ["invitation.created"], pick: "first" },
  { key: "linked", label: "Linked", actions: ["relationship.activated"], pick: "first" },
  { key: "onboarded", label: "Onboarded", actions: ["organization.onboarding-approved"], pick: "first" },
  { key: "enrolled", label: "Enrolled as indirect reseller", actions: ["organization.reseller-enrolled"], pick: "first" },
  { key: "mpa-signed", label: "MPA signed", actions: ["organization.mpa-accepted"], pick: "first" },
  { key: "first-transaction", label: "First transaction", actions: ["subscription.created-with-reseller"], pick: "first" },
  { key: "termination-requested", label: "Termination requested", actions: ["relationship.termination-requested"], pick: "latest", optional: true },
  { key: "terminated", label: "Terminated", actions: ["relationship.terminated"], pick: "first", optional: true },
];

/** Every action a timeline reads, for the data layer's query. */
export const timelineActions = timelineSteps.flatMap((step) => step.actions);

function earlier(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.occurredAt.getTime() < b.occurredAt.getTime() || (a.occurredAt.getTime() === b.occurredAt.getTime() && a.id < b.id);
}

/**
 * The steps in their fixed order, each with its event or null (not yet). A termination request that was later
 * rejected or withdrawn no longer shows: the relationship went back to where it was.
 */
export function buildResellerTimeline(events: TimelineEvent[]): TimelineStep[] {
  const steps: TimelineStep[] = [];
  for (const step of timelineSteps) {
    let chosen: TimelineEvent | null = null;
    for (const event of events) {
      if (!step.actions.includes(event.action)) continue;
      if (!chosen || (step.pick === "first" ? earlier(event, chosen) : earlier(chosen, event))) chosen = event;
    }
    if (step.key === "termination-requested" && chosen && events.some((event) => isRequestClosed(event) && earlier(chosen!, event))) chosen = null;
    if (step.optional && !chosen) continue;
    steps.push({ key: step.key, label: step.label, event: chosen });
  }
  return steps;
}

function isRequestClosed(event: TimelineEvent): boolean {
  return event.action === "relationship.termination-rejected" || event.action === "relationship.termination-withdrawn";
}
