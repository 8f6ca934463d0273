import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { requireActor } from "@/lib/data/require-actor";
import { listInvitationsOfProvider, type InvitationState } from "@/lib/data/invitations";
import { formatDate } from "@/lib/labels";
import { InviteForm } from "./invite-form";
import { RevokeButton } from "./revoke-button";
import { ResendButton } from "./resend-button";
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
          <p className="px-6 pb-6 pt-2 text-slate-600">No invitations yet. {isAdmin ? "Create one above." : ""}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-4 w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-2">Email</th>
                  <th scope="col" className="px-4 py-2">Partner ID</th>
                  <th scope="col" className="px-4 py-2">Sent</th>
                  <th scope="col" className="px-4 py-2">State</th>
                  <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-4 py-2 font-normal">{invitation.email ?? "—"}</th>
                    <td className="px-4 py-2 tabular-nums">{invitation.partnerId ?? "—"}</td>
                    <td className="px-4 py-2">{formatDate(invitation.createdAt)}</td>
                    <td className="px-4 py-2">
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
                      {isAdmin && invitation.state === "pending" && <RevokeButton invitationId={invitation.id} email={invitation.email ?? `Partner ID ${invitation.partnerId}`} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
