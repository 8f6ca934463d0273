import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/data/require-actor";
import { getTeam } from "@/lib/data/team";
import { formatDate } from "@/lib/labels";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { changeMemberRoleForm, removeMemberForm, resendTeamInvitationForm, revokeTeamInvitationForm } from "./actions";
import { InviteColleagueForm } from "./invite-colleague-form";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("metaTitle") };
}

export default async function TeamPage() {
  // A customer's admin has no team here (teamOf would take a user without organization for program support).
  const actor = await requireActor("team.view");
  const team = await getTeam(actor);
  const isSupport = actor.role === "support";
  const manages = can(actor, "team.invite");
  const t = await getTranslations("team");
  const locale = (await getLocale()) as Locale;
  const roleLabel = (role: string) => t("role", { role });
  const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const changesRoles = can(actor, "team.change-role");
  // What the role button does to a member: an admin becomes a member, anyone else an admin.
  const roleChange = (member: { id: string; name: string; role: string }) =>
    member.role === "admin"
      ? {
          fields: { userId: member.id, role: "member" },
          label: t.rich("members.makeMember", { name: member.name, hidden }),
          question: t("members.makeMemberQuestion", { name: member.name }),
          confirmLabel: t("members.makeMemberConfirm"),
        }
      : {
          fields: { userId: member.id, role: "admin" },
          label: t.rich("members.makeAdmin", { name: member.name, hidden }),
          question: t("members.makeAdminQuestion", { name: member.name }),
          confirmLabel: t("members.makeAdminConfirm"),
        };
  const removeLabel = (name: string) => t.rich("members.remove", { name, hidden });
  const resendLabel = (email: string) => t.rich("pending.resend", { email, hidden });
  const revokeLabel = (email: string) => t.rich("pending.revoke", { email, hidden });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{isSupport ? t("supportTitle") : t("title", { name: team.name })}</h1>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-medium">
          {t("invite.heading")}
        </h2>
        {manages ? (
          <>
            <p className="mt-1 text-sm text-slate-600">{t("invite.intro", { joins: isSupport ? "support" : "organization" })}</p>
            <InviteColleagueForm withRole={!isSupport} />
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-600">{t("invite.onlyAdmin")}</p>
        )}
      </section>

      <section className="card p-0" aria-labelledby="members-heading">
        <h2 id="members-heading" className="px-6 pt-6 text-lg font-medium">
          {t("members.heading")}
        </h2>
        <DataTable
          className="relative mt-4"
          columns={[
            { label: t("members.name") },
            { label: t("members.role") },
            { label: t("members.twoFactor") },
            { label: t("members.lastSignIn") },
            { label: t("members.actions"), hidden: true },
          ]}
        >
          {team.members.map((member) => (
            <tr key={member.id} className={rowClass} data-testid={`member-${member.email}`}>
              <th scope="row" className={`${cellClass} font-normal`}>
                <span className="font-medium">{member.name}</span>
                {member.you && <span className="ml-1 text-slate-600">{t("members.you")}</span>}
                <span className="block text-xs text-slate-600">{member.email}</span>
              </th>
              <td className={cellClass}>{roleLabel(member.role)}</td>
              <td className={cellClass}>{member.twoFactor ? t("members.on") : t("members.off")}</td>
              <td className={cellClass}>{member.lastSignInAt ? formatDate(member.lastSignInAt, locale) : t("members.never")}</td>
              <td className="space-x-2 space-y-1 px-4 py-2 text-right">
                {changesRoles && (
                  <ConfirmAction compact
                    action={changeMemberRoleForm}
                    {...roleChange(member)}
                    pendingLabel={t("members.changing")}
                    success={t("members.roleChanged")}
                  />
                )}
                {manages && !member.you && (
                  <ConfirmAction compact
                    action={removeMemberForm}
                    fields={{ userId: member.id }}
                    label={removeLabel(member.name)}
                    question={t("members.removeQuestion", { name: member.name })}
                    confirmLabel={t("members.removeConfirm")}
                    pendingLabel={t("members.removing")}
                    success={t("members.removed")}
                  />
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section className="card p-0" aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="px-6 pt-6 text-lg font-medium">
          {t("pending.heading")}
        </h2>
        {team.invitations.length === 0 ? (
          <EmptyState variant="flush">{t("pending.empty")}</EmptyState>
        ) : (
          <ul className="relative mt-2 divide-y divide-slate-100">
            {team.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-start gap-3 px-6 py-3 text-sm" data-testid={`invitation-${invitation.email}`}>
                <div className="min-w-0 flex-1">
                  <p className="font-medium break-all">{invitation.email}</p>
                  <p className="text-slate-600">
                    {roleLabel(invitation.role)} · {t("pending.sent", { date: formatDate(invitation.lastSentAt, locale) })} ·{" "}
                    {invitation.expired
                      ? t("pending.expired", { date: formatDate(invitation.expiresAt, locale) })
                      : t("pending.validUntil", { date: formatDate(invitation.expiresAt, locale) })}
                  </p>
                </div>
                {manages && (
                  <div className="flex flex-wrap gap-2">
                    <ConfirmAction compact
                      action={resendTeamInvitationForm}
                      fields={{ invitationId: invitation.id }}
                      label={resendLabel(invitation.email)}
                      question={t("pending.resendQuestion", { email: invitation.email })}
                      confirmLabel={t("pending.resendConfirm")}
                      pendingLabel={t("pending.sending")}
                      success={t("pending.sentAgain")}
                    />
                    <ConfirmAction compact
                      action={revokeTeamInvitationForm}
                      fields={{ invitationId: invitation.id }}
                      label={revokeLabel(invitation.email)}
                      question={t("pending.revokeQuestion", { email: invitation.email })}
                      confirmLabel={t("pending.revokeConfirm")}
                      pendingLabel={t("pending.revoking")}
                      success={t("pending.revoked")}
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
