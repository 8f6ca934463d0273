"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { acceptInvitationById, declineInvitationById, requestRelationshipEnd } from "@/lib/data/reseller-invitations";
import { invitationDecisionSchema, requestRelationshipEndSchema } from "@/lib/validation/providers";

const isResellerAdmin = (actor: { role: string; partnerType: string | null }) =>
  actor.role === "admin" && actor.partnerType === "indirect-reseller";

/** The reseller accepts a provider's invitation it was sent (by id: the reseller never sees the link's token). */
export const acceptProviderInvitation = defineAction({
  input: invitationDecisionSchema,
  allow: isResellerAdmin,
  async run({ actor, input, tx, audit }) {
    const result = await acceptInvitationById(tx, actor, input.invitationId);
    await audit({ action: "invitation.accepted", entityType: "invitation", entityId: result.invitationId, subjects: [result.providerId], after: { relationshipId: result.relationshipId } });
    await audit({ action: "relationship.activated", entityType: "relationship", entityId: result.relationshipId, subjects: [result.providerId], after: { status: "active" } });
    return { providerName: result.providerName };
  },
  revalidate: ["/providers", "/resellers"],
});
export const acceptProviderInvitationForm = formAction(acceptProviderInvitation);

export const declineProviderInvitation = defineAction({
  input: invitationDecisionSchema,
  allow: isResellerAdmin,
  async run({ actor, input, tx, audit }) {
    const result = await declineInvitationById(tx, actor, input.invitationId);
    await audit({ action: "invitation.declined", entityType: "invitation", entityId: result.invitationId, subjects: [result.providerId] });
    return null;
  },
  revalidate: ["/providers", "/resellers"],
});
export const declineProviderInvitationForm = formAction(declineProviderInvitation);

/** The reseller asks program support to end a relationship; support decides in its queue. */
export const requestProviderRelationshipEnd = defineAction({
  input: requestRelationshipEndSchema,
  allow: isResellerAdmin,
  async run({ actor, input, tx, audit }) {
    const result = await requestRelationshipEnd(tx, actor, input.relationshipId, input.reason);
    await audit({
      action: "relationship.termination-requested",
      entityType: "relationship",
      entityId: result.relationshipId,
      subjects: [result.providerId],
      before: { status: result.before },
      after: { status: "termination-requested", requestId: result.requestId, reason: input.reason },
    });
    return null;
  },
  revalidate: ["/providers", "/support", "/resellers"],
});
export const requestProviderRelationshipEndForm = formAction(requestProviderRelationshipEnd);
