"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { decideTerminationRequest } from "@/lib/data/termination-requests";
import { terminationDecisionSchema } from "@/lib/validation/resellers";
import { approveOnboarding, rejectOnboarding } from "@/lib/data/onboarding";
import { approveOnboardingSchema, rejectOnboardingSchema } from "@/lib/validation/onboarding";

export const decideTermination = defineAction({
  input: terminationDecisionSchema,
  capability: "support.decide-termination",
  async run({ actor, input, tx, audit }) {
    const decided = await decideTerminationRequest(tx, actor, input);
    await audit({
      action: input.decision === "approve" ? "relationship.terminated" : "relationship.termination-rejected",
      entityType: "relationship",
      entityId: decided.relationshipId,
      subjects: [decided.providerId, decided.resellerId],
      before: { status: "termination-requested" },
      after: { status: decided.status, requestId: input.requestId, note: input.note || null },
    });
    return decided;
  },
  revalidate: ["/support", "/resellers", "/providers"],
});
export const decideTerminationForm = formAction(decideTermination);

/** Program support verifies a partner's submitted details: it is onboarded into Partner Center from now. */
export const approveOnboardingRequest = defineAction({
  input: approveOnboardingSchema,
  capability: "support.verify-onboarding",
  async run({ actor, input, tx, audit }) {
    const row = await approveOnboarding(tx, actor, input.organizationId);
    await audit({
      action: "organization.onboarding-approved",
      entityType: "organization",
      entityId: row.id,
      subjects: [row.id],
      before: { onboardingStatus: "submitted" },
      after: { onboardingStatus: "approved", onboardedAt: row.onboardedAt, onboardedBy: actor.name },
    });
    return { legalName: row.legalName };
  },
  revalidate: ["/support", "/status"],
});
export const approveOnboardingForm = formAction(approveOnboardingRequest);

/** Program support sends the details back with a reason the partner can fix. */
export const rejectOnboardingRequest = defineAction({
  input: rejectOnboardingSchema,
  capability: "support.verify-onboarding",
  async run({ actor, input, tx, audit }) {
    const row = await rejectOnboarding(tx, actor, input.organizationId, input.reason);
    await audit({
      action: "organization.onboarding-rejected",
      entityType: "organization",
      entityId: row.id,
      subjects: [row.id],
      before: { onboardingStatus: "submitted" },
      after: { onboardingStatus: "rejected", reason: input.reason },
    });
    return { legalName: row.legalName };
  },
  revalidate: ["/support", "/status"],
});
export const rejectOnboardingForm = formAction(rejectOnboardingRequest);
