import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { getTeam } from "@/lib/data/team";
import { formatDate } from "@/lib/labels";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { changeMemberRoleForm, removeMemberForm, resendTeamInvitationForm, revokeTeamInvitationForm } from "./actions";
import { InviteColleagueForm } from "./invite-colleague-form";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Team" };

const roleLabel: Record<string, string> = { admin: "Admin", member: "Member", support: "Program support" };

export default async function TeamPage() {
  // A customer's admin has no team here (teamOf would take a user without organization for program support).
  const actor = await requireActor("team.view");
  const team = await getTeam(actor);
  const isSupport = actor.role === "support";
  const manages = can(actor, "team.invite");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{isSupport ? "Program support team" : `Team of ${team.name}`}</h1>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-medium">
          Invite a colleague
        </h2>
        {manages ? (
          <>
            <p className="mt-1 text-sm text-slate-600">
              We email a link that works once, for 7 days. Your colleague chooses a name and password and joins{" "}
              {isSupport ? "program support" : "your organization"}. An address that already has an account elsewhere cannot join: one
              account belongs to one organization.
            </p>
            <InviteColleagueForm withRole={!isSupport} />
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-600">Only an admin of your organization can invite colleagues and change roles.</p>
        )}
      </section>

      <section className="card p-0" aria-labelledby="members-heading">
        <h2 id="members-heading" className="px-6 pt-6 text-lg font-medium">
          Members
        </h2>
        <DataTable className="relative mt-4" columns={[{ label: "Name" }, { label: "Role" }, { label: "Two-factor" }, { label: "Last sign-in" }, { label: "Actions", hidden: true }]}>
          {team.members.map((member) => (
            <tr key={member.id} className={rowClass} data-testid={`member-${member.email}`}>
              <th scope="row" className={`${cellClass} font-normal`}>
                <span className="font-medium">{member.name}</span>
                {member.you && <span className="ml-1 text-slate-600">(you)</span>}
                <span className="block text-xs text-slate-600">{member.email}</span>
              </th>
              <td className={cellClass}>{roleLabel[member.role]}</td>
              <td className={cellClass}>{member.twoFactor ? "On" : "Off"}</td>
              <td className={cellClass}>{member.lastSignInAt ? formatDate(member.lastSignInAt) : "Never"}</td>
              <td className="space-x-2 space-y-1 px-4 py-2 text-right">
                {can(actor, "team.change-role") && (
                  <ConfirmAction compact
                    action={changeMemberRoleForm}
                    fields={{ userId: member.id, role: member.role === "admin" ? "member" : "admin" }}
                    label={<>{member.role === "admin" ? "Make member" : "Make admin"}<span className="sr-only"> {member.name}</span></>}
                    question={
                      member.role === "admin"
                        ? `${member.name} will no longer manage the team or the organization, and is signed out everywhere. Continue?`
                        : `${member.name} will be able to invite and remove colleagues and edit the organization, and is signed out everywhere. Continue?`
                    }
                    confirmLabel={member.role === "admin" ? "Yes, make member" : "Yes, make admin"}
                    pendingLabel="Changing…"
                    success="Role changed."
                  />
                )}
                {manages && !member.you && (
                  <ConfirmAction compact
                    action={removeMemberForm}
                    fields={{ userId: member.id }}
                    label={<>Remove<span className="sr-only"> {member.name}</span></>}
                    question={`Remove ${member.name}? They are signed out at once and can no longer sign in.`}
                    confirmLabel="Yes, remove"
                    pendingLabel="Removing…"
                    success="Removed."
                  />
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section className="card p-0" aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="px-6 pt-6 text-lg font-medium">
          Pending invitations
        </h2>
        {team.invitations.length === 0 ? (
          <EmptyState variant="flush">No pending invitations.</EmptyState>
        ) : (
          <ul className="relative mt-2 divide-y divide-slate-100">
            {team.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-start gap-3 px-6 py-3 text-sm" data-testid={`invitation-${invitation.email}`}>
                <div className="min-w-0 flex-1">
                  <p className="font-medium break-all">{invitation.email}</p>
                  <p className="text-slate-600">
                    {roleLabel[invitation.role]} · sent {formatDate(invitation.lastSentAt)} ·{" "}
                    {invitation.expired ? `expired ${formatDate(invitation.expiresAt)}` : `valid until ${formatDate(invitation.expiresAt)}`}
                  </p>
                </div>
                {manages && (
                  <div className="flex flex-wrap gap-2">
                    <ConfirmAction compact
                      action={resendTeamInvitationForm}
                      fields={{ invitationId: invitation.id }}
                      label={<>Resend<span className="sr-only"> to {invitation.email}</span></>}
                      question={`Mail a new link to ${invitation.email}? The old link stops working.`}
                      confirmLabel="Yes, resend"
                      pendingLabel="Sending…"
                      success="Sent again."
                    />
                    <ConfirmAction compact
                      action={revokeTeamInvitationForm}
                      fields={{ invitationId: invitation.id }}
                      label={<>Revoke<span className="sr-only"> the invitation for {invitation.email}</span></>}
                      question={`Withdraw the invitation for ${invitation.email}? The link stops working.`}
                      confirmLabel="Yes, revoke"
                      pendingLabel="Revoking…"
                      success="Revoked."
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
