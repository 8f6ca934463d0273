"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/data/actor";
import { changeMemberRole as changeRoleOf, inviteColleague as invite, removeMember as remove, resendTeamInvitation as resend, revokeTeamInvitation as revoke } from "@/lib/data/team";
import { reissueSession } from "@/lib/auth/reissue-session";
import { changeRoleSchema, inviteColleagueSchema, memberIdSchema, teamInvitationIdSchema } from "@/lib/validation/accounts";

const subjects = (actor: Actor) => [actor.organizationId];

export const inviteColleague = defineAction({
  input: inviteColleagueSchema,
  capability: "team.invite",
  async run({ actor, input, tx, audit }) {
    const invitation = await invite(tx, actor, input.email, input.role);
    await audit({ action: "team.invited", entityType: "team-invitation", entityId: invitation.id, subjects: subjects(actor), after: { email: invitation.email, role: invitation.role } });
    return invitation;
  },
  revalidate: ["/team"],
});
export const inviteColleagueForm = formAction(inviteColleague);

export const resendTeamInvitation = defineAction({
  input: teamInvitationIdSchema,
  capability: "team.invite",
  async run({ actor, input, tx, audit }) {
    const sent = await resend(tx, actor, input.invitationId);
    await audit({ action: "team.invitation-resent", entityType: "team-invitation", entityId: sent.id, after: { email: sent.email } });
    return sent;
  },
  revalidate: ["/team"],
});
export const resendTeamInvitationForm = formAction(resendTeamInvitation);

export const revokeTeamInvitation = defineAction({
  input: teamInvitationIdSchema,
  capability: "team.invite",
  async run({ actor, input, tx, audit }) {
    const revoked = await revoke(tx, actor, input.invitationId);
    await audit({ action: "team.invitation-revoked", entityType: "team-invitation", entityId: revoked.id, before: { email: revoked.email } });
    return revoked;
  },
  revalidate: ["/team"],
});
export const revokeTeamInvitationForm = formAction(revokeTeamInvitation);

/** Partner admins only (support staff have one role). Demoting oneself keeps one's own session, as a member. */
export const changeMemberRole = defineAction({
  input: changeRoleSchema,
  capability: "team.change-role",
  async run({ actor, input, tx, audit }) {
    const change = await changeRoleOf(tx, actor, input.userId, input.role);
    await audit({ action: "team.role-changed", entityType: "user", entityId: change.member.id, before: { ...change.before, email: change.member.email }, after: change.after });
    return { userId: change.member.id, role: input.role, sessionVersion: change.sessionVersion };
  },
  revalidate: ["/team"],
  afterCommit: async ({ actor, data }) => {
    if (data.userId === actor.userId) await reissueSession(actor.userId, data.sessionVersion);
  },
});
export const changeMemberRoleForm = formAction(changeMemberRole);

export const removeMember = defineAction({
  input: memberIdSchema,
  capability: "team.remove",
  async run({ actor, input, tx, audit }) {
    const member = await remove(tx, actor, input.userId);
    await audit({ action: "team.member-removed", entityType: "user", entityId: member.id, before: { email: member.email, name: member.name, role: member.role } });
    return { userId: member.id };
  },
  revalidate: ["/team"],
});
export const removeMemberForm = formAction(removeMember);
