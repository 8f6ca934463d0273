"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/data/actor";
import { acceptInvitation as acceptInvitationData, declineInvitation as declineInvitationData } from "@/lib/data/invitations";
import { invitationTokenSchema } from "@/lib/validation/resellers";

// Answering a provider's invitation binds the whole organization, so it takes a reseller admin.
const resellerAdmin = (actor: Actor) => actor.partnerType === "indirect-reseller" && actor.role === "admin";

export const acceptInvitation = defineAction({
  input: invitationTokenSchema,
  allow: resellerAdmin,
  async run({ actor, input, tx, audit }) {
    const accepted = await acceptInvitationData(tx, actor, input.token);
    await audit({
      action: "invitation.accepted",
      entityType: "invitation",
      entityId: accepted.invitationId,
      subjects: [accepted.providerId],
      after: { relationshipId: accepted.relationshipId },
    });
    await audit({
      action: "relationship.activated",
      entityType: "relationship",
      entityId: accepted.relationshipId,
      subjects: [accepted.providerId],
      after: { status: "active", provider: accepted.providerName },
    });
    return accepted;
  },
  revalidate: ["/resellers", "/providers", "/status"],
});
export const acceptInvitationForm = formAction(acceptInvitation);

export const declineInvitation = defineAction({
  input: invitationTokenSchema,
  allow: resellerAdmin,
  async run({ actor, input, tx, audit }) {
    const declined = await declineInvitationData(tx, actor, input.token);
    await audit({
      action: "invitation.declined",
      entityType: "invitation",
      entityId: declined.invitationId,
      subjects: [declined.providerId],
      after: { provider: declined.providerName },
    });
    return declined;
  },
  revalidate: ["/resellers/invitations"],
});
export const declineInvitationForm = formAction(declineInvitation);

