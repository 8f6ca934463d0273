"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { notify } from "@/lib/notifications/notify";
import { requestRelationshipEnd, withdrawRelationshipEnd } from "@/lib/data/reseller-invitations";
import { acceptInvitation, declineInvitation, invitationAcceptedEvents } from "@/lib/data/invitations";
import { invitationDecisionSchema, requestRelationshipEndSchema, withdrawRelationshipEndSchema } from "@/lib/validation/providers";

const isResellerAdmin = (actor: { role: string; partnerType: string | null }) =>
  actor.role === "admin" && actor.partnerType === "indirect-reseller";

/** The reseller accepts an invitation from its list (by id): the same data path and checks as accepting by link. */
export const acceptProviderInvitation = defineAction({
  input: invitationDecisionSchema,
  allow: isResellerAdmin,
  async run({ actor, input, tx, audit }) {
    const accepted = await acceptInvitation(tx, actor, { invitationId: input.invitationId });
    for (const event of invitationAcceptedEvents(accepted)) await audit(event);
    return { providerName: accepted.providerName };
  },
  revalidate: ["/providers", "/resellers", "/status"],
});
export const acceptProviderInvitationForm = formAction(acceptProviderInvitation);

export const declineProviderInvitation = defineAction({
  input: invitationDecisionSchema,
  allow: isResellerAdmin,
  async run({ actor, input, tx, audit }) {
    const declined = await declineInvitation(tx, actor, { invitationId: input.invitationId });
    await audit({ action: "invitation.declined", entityType: "invitation", entityId: declined.invitationId, subjects: [declined.providerId], after: { provider: declined.providerName } });
    return null;
  },
  revalidate: ["/providers", "/resellers", "/status"],
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

/** The reseller takes back its own pending request to end a relationship, before program support decides. */
export const withdrawProviderRelationshipEnd = defineAction({
  input: withdrawRelationshipEndSchema,
  allow: isResellerAdmin,
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
    await notify(tx, {
      kind: "termination.withdrawn",
      to: { organizationId: withdrawn.providerId, roles: ["admin"] },
      title: `${withdrawn.resellerName} withdrew its request to end your relationship`,
      body: `The relationship is ${withdrawn.status} again; program support will not decide on it.`,
      href: `/resellers/${withdrawn.resellerId}`,
    });
    return withdrawn;
  },
  revalidate: ["/providers", "/resellers", "/support"],
});
export const withdrawProviderRelationshipEndForm = formAction(withdrawProviderRelationshipEnd);
