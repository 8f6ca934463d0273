"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/data/actor";
import { acceptInvitation as acceptInvitationData, declineInvitation as declineInvitationData, invitationAcceptedEvents } from "@/lib/data/invitations";
import { invitationTokenSchema } from "@/lib/validation/resellers";

// Answering a provider's invitation binds the whole organization, so it takes a reseller admin.
const resellerAdmin = (actor: Actor) => actor.partnerType === "indirect-reseller" && actor.role === "admin";

/** Accepts by the link's token; the same data path and checks as accepting from "My providers" by id. */
export const acceptInvitation = defineAction({
  input: invitationTokenSchema,
  allow: resellerAdmin,
  async run({ actor, input, tx, audit }) {
    const accepted = await acceptInvitationData(tx, actor, { token: input.token });
    for (const event of invitationAcceptedEvents(accepted)) await audit(event);
    return accepted;
  },
  revalidate: ["/resellers", "/providers", "/status"],
});
export const acceptInvitationForm = formAction(acceptInvitation);

export const declineInvitation = defineAction({
  input: invitationTokenSchema,
  allow: resellerAdmin,
  async run({ actor, input, tx, audit }) {
    const declined = await declineInvitationData(tx, actor, { token: input.token });
    await audit({ action: "invitation.declined", entityType: "invitation", entityId: declined.invitationId, subjects: [declined.providerId], after: { provider: declined.providerName } });
    return declined;
  },
  revalidate: ["/resellers/invitations", "/providers"],
});
export const declineInvitationForm = formAction(declineInvitation);
