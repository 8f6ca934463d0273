"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { decideTerminationRequest } from "@/lib/data/termination-requests";
import { terminationDecisionSchema } from "@/lib/validation/resellers";

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
