import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { listPendingInvitations } from "@/lib/data/my-providers";
import { listRelationshipsOfReseller } from "@/lib/data/relationships";
import { listOrganizationAdmins } from "@/lib/data/readiness";
import { formatDate, regionName, relationshipStatusLabel } from "@/lib/labels";
import { PendingInvitations } from "@/components/providers/pending-invitations";
import { EndRelationshipForm } from "./end-relationship-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { EmptyState } from "@/components/ui/empty-state";
import { withdrawProviderRelationshipEndForm } from "./actions";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "My providers" };


export default async function ProvidersPage() {
  const actor = await requireActor("provider.view");
  const [providers, pending, admins] = await Promise.all([listRelationshipsOfReseller(actor), listPendingInvitations(actor), listOrganizationAdmins(actor)]);
  const isAdmin = can(actor, "provider.answer-invitation");
  const mayEnd = can(actor, "provider.request-end");
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
          <EmptyState>No invitations are waiting. Invitations a provider sends you appear here.</EmptyState>
        ) : (
          <PendingInvitations pending={pending} isAdmin={isAdmin} admins={admins} />
        )}
      </section>

      <section className="card p-0" aria-labelledby="providers-heading">
        <h2 id="providers-heading" className="px-6 pt-6 text-lg font-medium">
          Providers you resell for
        </h2>
        {providers.length === 0 ? (
          <EmptyState variant="flush">You have no provider yet. Accept a provider&rsquo;s invitation above to start reselling.</EmptyState>
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
                      {mayEnd && (provider.status === "active" || provider.status === "suspended") && (
                        <EndRelationshipForm relationshipId={provider.relationshipId} providerName={provider.providerName} />
                      )}
                    </th>
                    <td className="px-4 py-3 tabular-nums">{provider.providerPartnerId}</td>
                    <td className="px-4 py-3">{provider.providerCountry} ({regionName(provider.providerRegion)})</td>
                    <td className="px-4 py-3">
                      {relationshipStatusLabel(provider.status)}
                      {provider.terminationStatus === "pending" && (
                        <p className="text-xs text-slate-600">Waiting for program support: “{provider.terminationReason}”</p>
                      )}
                      {provider.terminationStatus === "pending" && provider.terminationFiledByUs && mayEnd && provider.terminationRequestId && (
                        <div className="mt-2">
                          <ConfirmAction
                            action={withdrawProviderRelationshipEndForm}
                            fields={{ requestId: provider.terminationRequestId }}
                            label="Withdraw the request"
                            question={`Withdraw your request to end the relationship with ${provider.providerName}? It goes back to how it was.`}
                            confirmLabel="Withdraw it"
                            pendingLabel="Withdrawing…"
                            success="Withdrawn: the relationship is back as it was."
                          />
                        </div>
                      )}
                      {provider.terminationStatus === "withdrawn" && <p className="text-xs text-slate-600">The end request was withdrawn.</p>}
                      {(provider.terminationStatus === "approved" || provider.terminationStatus === "rejected") && (
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
          queue, and the status shows “Termination requested” until they decide.
        </p>
      </section>
    </div>
  );
}
