"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { terminationWithdrawn } from "@/lib/notifications/events";
import { requestRelationshipEnd, withdrawRelationshipEnd } from "@/lib/data/termination-requests";
import { acceptInvitation, declineInvitation } from "@/lib/data/invitations";
import { INVITATION_ANSWERED_PATHS } from "@/lib/actions/revalidate-paths";
import { invitationDecisionSchema, requestRelationshipEndSchema, withdrawRelationshipEndSchema } from "@/lib/validation/providers";

/** The reseller accepts an invitation from its list (by id): the same data path and checks as accepting by link. */
export const acceptProviderInvitation = defineAction({
  input: invitationDecisionSchema,
  capability: "provider.answer-invitation",
  async run({ actor, input, tx }) {
    const accepted = await acceptInvitation(tx, actor, { invitationId: input.invitationId });
    return { providerName: accepted.providerName };
  },
  revalidate: INVITATION_ANSWERED_PATHS,
});
export const acceptProviderInvitationForm = formAction(acceptProviderInvitation);

export const declineProviderInvitation = defineAction({
  input: invitationDecisionSchema,
  capability: "provider.answer-invitation",
  async run({ actor, input, tx }) {
    await declineInvitation(tx, actor, { invitationId: input.invitationId });
    return null;
  },
  revalidate: INVITATION_ANSWERED_PATHS,
});
export const declineProviderInvitationForm = formAction(declineProviderInvitation);

/** The reseller asks program support to end a relationship; support decides in its queue. */
export const requestProviderRelationshipEnd = defineAction({
  input: requestRelationshipEndSchema,
  capability: "provider.request-end",
  async run({ actor, input, tx }) {
    await requestRelationshipEnd(tx, actor, input.relationshipId, input.reason);
    return null;
  },
  revalidate: ["/providers", "/support", "/resellers"],
});
export const requestProviderRelationshipEndForm = formAction(requestProviderRelationshipEnd);

/** The reseller takes back its own pending request to end a relationship, before program support decides. */
export const withdrawProviderRelationshipEnd = defineAction({
  input: withdrawRelationshipEndSchema,
  capability: "provider.request-end",
  async run({ actor, input, tx, audit }) {
    const withdrawn = await withdrawRelationshipEnd(tx, actor, input.requestId);
    await audit({
      action: "relationship.termination-withdrawn",
      entityType: "relationship",
      entityId: withdrawn.relationshipId,
      subjects: [withdrawn.providerId, withdrawn.resellerId],
      before: { status: "termination-requested" },
      after: { status: withdrawn.status, requestId: input.requestId },
    });
    // The provider was told of the request; it is told, in the same transaction, that it no longer stands.
    await terminationWithdrawn(tx, withdrawn);
    return withdrawn;
  },
  revalidate: ["/providers", "/resellers", "/support"],
});
export const withdrawProviderRelationshipEndForm = formAction(withdrawProviderRelationshipEnd);
