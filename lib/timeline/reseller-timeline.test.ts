import { describe, expect, it } from "vitest";
import { buildResellerTimeline, type TimelineEvent } from "./reseller-timeline";

let nextId = 1;
const event = (action: string, day: string): TimelineEvent => ({
  id: nextId++,
  occurredAt: new Date(`${day}T10:00:00Z`),
  action,
  actorName: "Someone",
  actorOrganizationName: null,
  linkable: true,
});

describe("the reseller timeline", () => {
  it("shows the six steps in order, done or not yet, and no end steps before any were taken", () => {
    const steps = buildResellerTimeline([event("relationship.activated", "2026-02-01"), event("invitation.created", "2026-01-01")]);
    expect(steps.map((step) => [step.key, step.event?.occurredAt.toISOString().slice(0, 10) ?? null])).toEqual([
      ["invited", "2026-01-01"],
      ["linked", "2026-02-01"],
      ["onboarded", null],
      ["enrolled", null],
      ["mpa-signed", null],
      ["first-transaction", null],
    ]);
  });

  it("takes the first sale, and the latest termination request that is still standing", () => {
    const first = event("subscription.created-with-reseller", "2026-03-01");
    const steps = buildResellerTimeline([
      event("subscription.created-with-reseller", "2026-04-01"),
      first,
      event("relationship.termination-requested", "2026-05-01"),
      event("relationship.termination-rejected", "2026-05-02"),
    ]);
    expect(steps.find((step) => step.key === "first-transaction")!.event).toBe(first);
    expect(steps.some((step) => step.key === "termination-requested")).toBe(false);

    const requested = event("relationship.termination-requested", "2026-06-01");
    const ended = buildResellerTimeline([requested, event("relationship.termination-rejected", "2026-05-02"), event("relationship.terminated", "2026-06-03")]);
    expect(ended.slice(-2).map((step) => [step.key, step.event?.id])).toEqual([
      ["termination-requested", requested.id],
      ["terminated", expect.any(Number)],
    ]);
  });
});
