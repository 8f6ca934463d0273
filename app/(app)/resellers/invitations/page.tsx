import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { requireActor } from "@/lib/data/require-actor";
import { listInvitationsOfProvider } from "@/lib/data/invitations";
import { formatDate } from "@/lib/labels";
import { InviteForm } from "./invite-form";
import { revokeInvitationForm } from "../actions";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { ResendButton } from "./resend-button";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers.invitations");
  return { title: t("metaTitle") };
}

export default async function InvitationsPage() {
  const actor = await requireActor("reseller.view");
  const invitations = await listInvitationsOfProvider(actor);
  const isAdmin = can(actor, "reseller.invite");
  const host = (await headers()).get("host") ?? "localhost";
  const t = await getTranslations("resellers.invitations");
  const locale = await getLocale();
  const addresseeOf = (invitation: { email: string | null; partnerId: string | null }) => invitation.email ?? t("partnerIdAddressee", { partnerId: invitation.partnerId ?? "" });
  const acceptedBy = (id: string, name: string) =>
    t.rich("state.acceptedBy", { name, link: (chunks) => <Link href={`/resellers/${id}`} className="text-brand-700 underline">{chunks}</Link> });
  const revokeLabel = (addressee: string) => t.rich("revoke.label", { addressee, hidden: (chunks) => <span className="sr-only">{chunks}</span> });
  const origin = `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}`;
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">{t("breadcrumb")}</Link> / {t("metaTitle")}</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-medium">{t("newHeading")}</h2>
        {isAdmin ? (
          <>
            <p className="mt-1 text-sm text-slate-600">
              {t("intro")}
            </p>
            <div className="mt-4"><InviteForm origin={origin} /></div>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-600">{t("adminOnly")}</p>
        )}
      </section>
      <section className="card p-0" aria-labelledby="sent-heading">
        <h2 id="sent-heading" className="px-6 pt-6 text-lg font-medium">{t("sentHeading")}</h2>
        {invitations.length === 0 ? (
          <EmptyState variant="flush">{isAdmin ? t("noneAdmin") : t("none")}</EmptyState>
        ) : (
          <DataTable className="mt-4" columns={[{ label: t("columns.email") }, { label: t("columns.partnerId") }, { label: t("columns.sent") }, { label: t("columns.state") }, { label: t("columns.actions"), hidden: true }]}>
            {invitations.map((invitation) => (
              <tr key={invitation.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-normal`}>{invitation.email ?? "—"}</th>
                <td className={`${cellClass} tabular-nums`}>{invitation.partnerId ?? "—"}</td>
                <td className={cellClass}>{formatDate(invitation.createdAt, locale)}</td>
                <td className={cellClass}>
                  {invitation.state === "pending"
                    ? t("state.pendingUntil", { date: formatDate(invitation.expiresAt, locale) })
                    : invitation.state === "expired"
                      ? t("state.expiredOn", { date: formatDate(invitation.expiresAt, locale) })
                      : invitation.state === "accepted" && invitation.acceptedById
                        ? acceptedBy(invitation.acceptedById, invitation.acceptedByName ?? "")
                        : t(`state.${invitation.state}`)}
                </td>
                <td className="space-x-2 whitespace-nowrap px-4 py-2 text-right">
                  {isAdmin && (invitation.state === "pending" || invitation.state === "expired") && (
                    <ResendButton invitationId={invitation.id} addressee={addresseeOf(invitation)} origin={origin} />
                  )}
                  {isAdmin && invitation.state === "pending" && (
                    <ConfirmAction
                      compact
                      action={revokeInvitationForm}
                      fields={{ invitationId: invitation.id }}
                      label={revokeLabel(addresseeOf(invitation))}
                      question={t("revoke.question", { addressee: addresseeOf(invitation) })}
                      description={t("revoke.description")}
                      confirmLabel={t("revoke.confirm")}
                      pendingLabel={t("revoke.pending")}
                      success={t("revoke.success")}
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
