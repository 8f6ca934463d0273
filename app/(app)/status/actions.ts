"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { acceptMpa as recordMpaAcceptance } from "@/lib/data/readiness";
import { acceptMpaSchema } from "@/lib/validation/resellers";

/** The organization's admin accepts the Microsoft Partner Agreement, naming who signed. */
export const acceptMpa = defineAction({
  input: acceptMpaSchema,
  allow: (actor) => actor.organizationId !== null && actor.role === "admin",
  async run({ actor, input, tx, audit }) {
    const accepted = await recordMpaAcceptance(tx, actor, input);
    await audit({
      action: "organization.mpa-accepted",
      entityType: "organization",
      entityId: accepted.organizationId,
      subjects: accepted.providerIds,
      before: { mpaAcceptedOn: null },
      after: { acceptedOn: accepted.acceptedOn, signerName: input.signerName, signerTitle: input.signerTitle, signerEmail: input.signerEmail },
    });
    return { acceptedOn: accepted.acceptedOn };
  },
  revalidate: ["/status"],
});
export const acceptMpaForm = formAction(acceptMpa);
