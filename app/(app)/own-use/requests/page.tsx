import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listIncomingOrderRequests } from "@/lib/data/own-use";
import { listOrganizationAdmins } from "@/lib/data/readiness";
import { formatDate } from "@/lib/labels";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { OrderStatus } from "@/components/order-status";
import { AdminsOnly } from "@/components/admins-only";
import { acceptOwnUseOrderRequestForm, declineOwnUseOrderRequestForm } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Order requests" };

/**
 * Other partners asking to buy from this one for their own use. Nothing is in the books until an admin accepts;
 * members see the requests but do not decide.
 */
export default async function OrderRequestsPage() {
  const actor = await requireActor("order-request.view");
  const [requests, admins] = await Promise.all([listIncomingOrderRequests(actor), listOrganizationAdmins(actor)]);
  const pending = requests.filter((request) => request.status === "pending");
  const decided = requests.filter((request) => request.status !== "pending");
  const isAdmin = can(actor, "order-request.decide");
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/own-use" className="text-brand-700 underline">← Own use</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">Order requests</h1>
        <p className="mt-1 text-sm text-slate-600">
          Partners that want to buy from you for their own use. Nothing is recorded until you accept; the program rules
          are checked again at that moment, and the buyer is told by email either way.
        </p>
      </div>

      <section className="card" aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-lg font-medium">Waiting for your decision</h2>
        {!isAdmin && <AdminsOnly admins={admins} what="accept or decline order requests" />}
        {pending.length === 0 ? (
          <EmptyState>No order request is waiting.</EmptyState>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {pending.map((request) => (
              <li key={request.id} className="space-y-2 py-3" aria-label={`Request from ${request.buyerName}`}>
                <div className="text-sm">
                  <p className="font-medium">
                    {request.buyerName} asks for {request.quantity} × {request.offerName}
                  </p>
                  <p className="text-slate-600">
                    Partner ID {request.buyerPartnerId} · {request.buyerCountry}
                    {request.providerName ? ` · billed by ${request.providerName}, you as reseller of record` : " · billed by you"} · requested{" "}
                    {formatDate(request.createdAt)}
                    {request.requestedByName ? ` by ${request.requestedByName}` : ""}
                  </p>
                </div>
                {isAdmin && (
                  <div className="flex flex-wrap items-start gap-3">
                    <ConfirmAction
                      action={acceptOwnUseOrderRequestForm}
                      fields={{ requestId: request.id }}
                      label="Accept…"
                      primary
                      question={`Accept and record ${request.quantity} × ${request.offerName} for ${request.buyerName}?`}
                      confirmLabel="Yes, accept"
                      pendingLabel="Checking the rules…"
                      success="Accepted: the subscription is recorded."
                    />
                    <ConfirmAction
                      action={declineOwnUseOrderRequestForm}
                      fields={{ requestId: request.id }}
                      label="Decline…"
                      question={`Decline ${request.buyerName}'s request?`}
                      confirmLabel="Yes, decline"
                      pendingLabel="Declining…"
                      success="Declined."
                      note={{ name: "note", label: "Note to the buyer (optional)" }}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="text-lg font-medium">Decided</h2>
        {decided.length === 0 ? (
          <EmptyState>Nothing decided yet.</EmptyState>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {decided.map((request) => (
              <li key={request.id} className="py-2">
                <p>
                  {request.buyerName}: {request.quantity} × {request.offerName} <OrderStatus status={request.status} />
                </p>
                <p className="text-slate-600">
                  {formatDate(request.decidedAt)}
                  {request.decisionNote ? ` · note: ${request.decisionNote}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
