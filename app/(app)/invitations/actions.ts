"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { acceptInvitation as acceptInvitationData, declineInvitation as declineInvitationData } from "@/lib/data/invitations";
import { INVITATION_ANSWERED_PATHS } from "@/lib/actions/revalidate-paths";
import { invitationTokenSchema } from "@/lib/validation/resellers";

/** Accepts by the link's token; the same data path and checks as accepting from "My providers" by id. */
export const acceptInvitation = defineAction({
  input: invitationTokenSchema,
  capability: "provider.answer-invitation",
  // The data function records the events (invitation.accepted, relationship.activated), the same for both paths.
  run: ({ actor, input, tx }) => acceptInvitationData(tx, actor, { token: input.token }),
  revalidate: INVITATION_ANSWERED_PATHS,
});
export const acceptInvitationForm = formAction(acceptInvitation);

export const declineInvitation = defineAction({
  input: invitationTokenSchema,
  capability: "provider.answer-invitation",
  run: ({ actor, input, tx }) => declineInvitationData(tx, actor, { token: input.token }),
  revalidate: INVITATION_ANSWERED_PATHS,
});
export const declineInvitationForm = formAction(declineInvitation);
