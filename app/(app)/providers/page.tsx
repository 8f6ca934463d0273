import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { listPendingInvitations } from "@/lib/data/my-providers";
import { listRelationshipsOfReseller } from "@/lib/data/relationships";
import { listOrganizationAdmins } from "@/lib/data/readiness";
import { formatDate } from "@/lib/labels";
import { ActionButton } from "@/components/action-button";
import { AdminsOnly } from "@/components/status/admins-only";
import { acceptProviderInvitationForm, declineProviderInvitationForm } from "./actions";
import { EndRelationshipForm } from "./end-relationship-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "My providers" };

const statusLabel = {
  invited: "Invited",
  active: "Active",
  suspended: "Suspended",
  "termination-requested": "End requested",
  terminated: "Ended",
} as const;

export default async function ProvidersPage() {
  const actor = await requireActor("provider.view");
  const [providers, pending, admins] = await Promise.all([listRelationshipsOfReseller(actor), listPendingInvitations(actor), listOrganizationAdmins(actor)]);
  const isAdmin = can(actor, "provider.answer-invitation");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">My providers</h1>

      <section className="card" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="text-lg font-medium">
          Invitations waiting for your answer
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          You can resell for several indirect providers at once. To add another provider in your region while keeping the
          ones you have, ask it to invite you (by your Partner ID or an email of your organization) and accept the
          invitation here. A provider in another CSP region cannot work with you (rule SAME-REGION-RELATIONSHIP).
        </p>
        {pending.length === 0 ? (
          <p className="mt-3 text-slate-600">No invitations are waiting. Invitations a provider sends you appear here.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {pending.map((invitation) => (
              <li key={invitation.invitationId} className="py-3" aria-label={`Invitation from ${invitation.providerName}`}>
                <p className="font-medium">{invitation.providerName}</p>
                <p className="text-sm text-slate-600">
                  Partner ID {invitation.providerPartnerId} · {invitation.providerCountry} · region {invitation.providerRegion} ·
                  invited {formatDate(invitation.invitedAt)} · open until {formatDate(invitation.expiresAt)}
                </p>
                {isAdmin ? (
                  <div className="mt-2 flex flex-wrap gap-4">
                    <ActionButton action={acceptProviderInvitationForm} fields={{ invitationId: invitation.invitationId }} label={`Accept ${invitation.providerName}`} pendingLabel="Accepting…" success="Accepted: the relationship is active." />
                    <ActionButton action={declineProviderInvitationForm} fields={{ invitationId: invitation.invitationId }} label="Decline" pendingLabel="Declining…" success="Declined." secondary />
                  </div>
                ) : (
                  <AdminsOnly admins={admins} what="answer an invitation" />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card p-0" aria-labelledby="providers-heading">
        <h2 id="providers-heading" className="px-6 pt-6 text-lg font-medium">
          Providers you resell for
        </h2>
        {providers.length === 0 ? (
          <p className="px-6 pb-6 pt-2 text-slate-600">You have no provider yet. Accept a provider&rsquo;s invitation above to start reselling.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-3 w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-6 py-2">Provider</th>
                  <th scope="col" className="px-4 py-2">Partner ID</th>
                  <th scope="col" className="px-4 py-2">Country</th>
                  <th scope="col" className="px-4 py-2">Status</th>
                  <th scope="col" className="px-4 py-2">Since</th>
                </tr>
              </thead>
              <tbody>
                {providers.map((provider) => (
                  <tr key={provider.relationshipId} className="border-b border-slate-100 align-top last:border-0">
                    <th scope="row" className="px-6 py-3 font-medium">
                      {provider.providerName}
                      {isAdmin && (provider.status === "active" || provider.status === "suspended") && (
                        <EndRelationshipForm relationshipId={provider.relationshipId} providerName={provider.providerName} />
                      )}
                    </th>
                    <td className="px-4 py-3 tabular-nums">{provider.providerPartnerId}</td>
                    <td className="px-4 py-3">{provider.providerCountry} ({provider.providerRegion})</td>
                    <td className="px-4 py-3">
                      {statusLabel[provider.status]}
                      {provider.terminationStatus === "pending" && (
                        <p className="text-xs text-slate-600">Waiting for program support: “{provider.terminationReason}”</p>
                      )}
                      {provider.terminationStatus && provider.terminationStatus !== "pending" && (
                        <p className="text-xs text-slate-600">
                          End request {provider.terminationStatus} by program support
                          {provider.terminationNote && <>: “{provider.terminationNote}”</>}
                        </p>
                      )}
                    </td>
                    <td className="px-4 py-3">
                      {formatDate(provider.terminatedAt ?? provider.terminationRequestedAt ?? provider.activatedAt ?? provider.invitedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="px-6 py-4 text-sm text-slate-600">
          Only program support can end a provider relationship (rule TERMINATION-VIA-SUPPORT): your request goes to their
          queue, and the status shows “End requested” until they decide.
        </p>
      </section>
    </div>
  );
}
