import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { requireActor } from "@/lib/data/require-actor";
import { listInvitationsOfProvider, type InvitationState } from "@/lib/data/invitations";
import { formatDate } from "@/lib/labels";
import { InviteForm } from "./invite-form";
import { revokeInvitationForm } from "../actions";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { ResendButton } from "./resend-button";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Invitations" };

const stateLabel: Record<InvitationState, string> = {
  pending: "Waiting for an answer",
  accepted: "Accepted",
  declined: "Declined",
  revoked: "Revoked",
  expired: "Expired",
};

export default async function InvitationsPage() {
  const actor = await requireActor("reseller.view");
  const invitations = await listInvitationsOfProvider(actor);
  const isAdmin = can(actor, "reseller.invite");
  const host = (await headers()).get("host") ?? "localhost";
  const origin = `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}`;
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">Resellers</Link> / Invitations</p>
      <h1 className="text-2xl font-semibold">Invite a reseller</h1>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-medium">New invitation</h2>
        {isAdmin ? (
          <>
            <p className="mt-1 text-sm text-slate-600">
              We email the link to the reseller; it opens it, signs in (or signs its organization up and confirms its email) and accepts or declines. It can accept only if it is in your CSP region and, when you name a Partner ID, only with that Partner ID.
            </p>
            <div className="mt-4"><InviteForm origin={origin} /></div>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-600">Only an admin of your organization can invite resellers.</p>
        )}
      </section>
      <section className="card p-0" aria-labelledby="sent-heading">
        <h2 id="sent-heading" className="px-6 pt-6 text-lg font-medium">Invitations sent</h2>
        {invitations.length === 0 ? (
          <EmptyState variant="flush">No invitations yet. {isAdmin ? "Create one above." : ""}</EmptyState>
        ) : (
          <DataTable className="mt-4" columns={[{ label: "Email" }, { label: "Partner ID" }, { label: "Sent" }, { label: "State" }, { label: "Actions", hidden: true }]}>
            {invitations.map((invitation) => (
              <tr key={invitation.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-normal`}>{invitation.email ?? "—"}</th>
                <td className={`${cellClass} tabular-nums`}>{invitation.partnerId ?? "—"}</td>
                <td className={cellClass}>{formatDate(invitation.createdAt)}</td>
                <td className={cellClass}>
                  {stateLabel[invitation.state]}
                  {invitation.state === "pending" && `, until ${formatDate(invitation.expiresAt)}`}
                  {invitation.state === "expired" && ` on ${formatDate(invitation.expiresAt)}`}
                  {invitation.state === "accepted" && invitation.acceptedById && (
                    <> by <Link href={`/resellers/${invitation.acceptedById}`} className="text-brand-700 underline">{invitation.acceptedByName}</Link></>
                  )}
                </td>
                <td className="space-x-2 whitespace-nowrap px-4 py-2 text-right">
                  {isAdmin && (invitation.state === "pending" || invitation.state === "expired") && (
                    <ResendButton invitationId={invitation.id} addressee={invitation.email ?? `Partner ID ${invitation.partnerId}`} origin={origin} />
                  )}
                  {isAdmin && invitation.state === "pending" && (
                    <ConfirmAction
                      compact
                      action={revokeInvitationForm}
                      fields={{ invitationId: invitation.id }}
                      label={<>Revoke<span className="sr-only"> the invitation for {invitation.email ?? `Partner ID ${invitation.partnerId}`}</span></>}
                      question={`Revoke the invitation for ${invitation.email ?? `Partner ID ${invitation.partnerId}`}?`}
                      description="Its link stops working at once. You can send a new invitation later."
                      confirmLabel="Yes, revoke"
                      pendingLabel="Revoking…"
                      success="Revoked."
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
