import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { getCustomerHome } from "@/lib/data/customer-home";
import { listPendingRequestsForCustomer } from "@/lib/data/customer-consent";
import { formatDate, partnerTypeLabel, regionName } from "@/lib/labels";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { acceptCustomerConsentRequestForm, declineCustomerConsentRequestForm, revokeCustomerManagementGrantForm } from "./actions";
import { CustomerTwoFactorForm } from "./customer-two-factor-form";

export const metadata: Metadata = { title: "My partners" };


/** The customer admin's home: who serves the customer, who manages it, the requests waiting, and the region rule. */
export default async function CustomerHomePage() {
  const actor = await requireActor("end-customer.view-partners");
  const [home, pending] = await Promise.all([getCustomerHome(actor), listPendingRequestsForCustomer(actor)]);
  if (!home) return <p>Your customer record was not found.</p>;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{home.name}</h1>
        <p className="text-sm text-slate-600">
          {home.country} · region {regionName(home.region)}
        </p>
      </div>

      <section className="card" aria-labelledby="requests-heading">
        <h2 id="requests-heading" className="text-lg font-medium">Requests waiting for you</h2>
        {pending.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No partner is waiting for an answer. Requests lapse after 30 days.</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {pending.map((request) => (
              <li key={request.id} className="rounded border border-slate-200 p-3">
                <p className="font-medium">
                  {request.partnerName} <span className="text-sm font-normal text-slate-600">(Partner ID {request.partnerId}, {request.partnerCountry})</span>
                </p>
                <p className="text-sm">
                  Asks {request.kind === "manage" ? "to manage your subscriptions" : "to sell to you as one of your partners (reseller relationship)"}. Sent{" "}
                  {formatDate(request.createdAt)}; lapses {formatDate(request.expiresAt)}.
                </p>
                <div className="mt-2 flex flex-wrap gap-3">
                  <ConfirmAction
                    action={acceptCustomerConsentRequestForm}
                    fields={{ requestId: request.id }}
                    label="Accept"
                    primary
                    question={`Accept ${request.partnerName}'s request?`}
                    confirmLabel="Yes, accept"
                    pendingLabel="Accepting…"
                    success="Accepted."
                  />
                  <ConfirmAction
                    action={declineCustomerConsentRequestForm}
                    fields={{ requestId: request.id }}
                    label="Decline"
                    question={`Decline ${request.partnerName}'s request?`}
                    confirmLabel="Yes, decline"
                    pendingLabel="Declining…"
                    success="Declined."
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="managers-heading">
        <h2 id="managers-heading" className="text-lg font-medium">Partners allowed to manage your subscriptions</h2>
        <p className="mt-1 text-xs text-slate-600">
          <span className="font-mono">MULTI-CHANNEL</span> You may let several partners manage your subscriptions, and revoke any of them at any time.
          Revoking never ends a subscription a partner sold you.
        </p>
        {home.managers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No partner manages your subscriptions.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {home.managers.map((manager) => (
              <li key={manager.grantId} className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-3">
                <p>
                  <span className="font-medium">{manager.partnerName}</span>{" "}
                  <span className="text-sm text-slate-600">(Partner ID {manager.partnerId}) since {formatDate(manager.since)}</span>
                </p>
                <ConfirmAction
                  action={revokeCustomerManagementGrantForm}
                  fields={{ grantId: manager.grantId }}
                  label="Revoke"
                  question={`Revoke ${manager.partnerName}'s permission to manage your subscriptions? It is told at once.`}
                  confirmLabel="Yes, revoke"
                  pendingLabel="Revoking…"
                  success="Revoked."
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="sellers-heading">
        <h2 id="sellers-heading" className="text-lg font-medium">Partners that sell to you</h2>
        <p className="mt-1 text-xs text-slate-600">
          <span className="font-mono">MULTI-PARTNER</span> You may buy different services from different partners.
        </p>
        {home.sellers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No partner sells to you yet.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {home.sellers.map((seller) => (
              <li key={seller.partnerId}>
                <span className="font-medium">{seller.partnerName}</span> ({partnerTypeLabel(seller.partnerType)}, Partner ID {seller.partnerId}) since{" "}
                {formatDate(seller.since)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading" className="text-lg font-medium">Your subscriptions by partner</h2>
        {home.subscriptionsByPartner.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No subscriptions yet.</p>
        ) : (
          home.subscriptionsByPartner.map((group) => (
            <div key={group.partner} className="mt-3">
              <h3 className="font-medium">{group.partner}</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {group.rows.map((row) => (
                  <li key={row.id}>
                    {row.offerName} × {row.quantity} · {row.status} · since {formatDate(row.startsOn)}
                    {row.resellerName ? ` · billed by ${row.billerName}` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <section className="card" aria-labelledby="region-heading">
        <h2 id="region-heading" className="text-lg font-medium">Who can serve you</h2>
        <p className="mt-2 text-sm">
          <Link href="/rules#SAME-REGION-SALE" className="font-mono text-brand-700 underline">SAME-REGION-SALE</Link> Your tenant is in{" "}
          {regionName(home.region)}: only partners transacting in {regionName(home.region)} can sell to you.{" "}
          <Link href="/rules#CUSTOMER-CONSENT" className="font-mono text-brand-700 underline">CUSTOMER-CONSENT</Link> A partner manages your
          subscriptions, or starts selling to you while another partner already does, only once you accept its request.
        </p>
      </section>

      <section className="card" aria-labelledby="security-heading">
        <h2 id="security-heading" className="text-lg font-medium">Sign-in security</h2>
        <CustomerTwoFactorForm required={home.requireTwoFactor} />
      </section>
    </div>
  );
}
