import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import {
  checkOwnUsePurchase,
  countPendingIncomingOrderRequests,
  findOwnUseSellers,
  listOwnUseOrderRequests,
  listOwnUsePurchases,
  listOwnUseTenants,
  SELLER_SEARCH_LIMIT,
  type OwnUseSeller,
} from "@/lib/data/own-use";
import { ownUseChoiceSchema, sellerSearchSchema } from "@/lib/validation/own-use";
import { formatDate, internalUseLabel } from "@/lib/labels";
import { VerdictSummary } from "./_components/verdict-summary";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { OrderStatus } from "@/components/order-status";
import { RequestForm } from "./request-form";
import { RegisterTenantForm } from "./register-tenant-form";
import { withdrawOwnUseOrderRequestForm } from "./actions";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/field";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Buy for our own use" };

const TYPE_LABEL = { "direct-bill": "direct-bill partner", "indirect-reseller": "indirect reseller" } as const;

/** Each way to buy from a seller: a direct-bill partner itself, or a reseller through one of its providers. */
function choicesOf(seller: OwnUseSeller) {
  const base = `${seller.name} (${TYPE_LABEL[seller.partnerType]}, ${seller.country})`;
  if (seller.partnerType === "direct-bill") return [{ key: seller.id, label: base }];
  return seller.providers.map((provider) => ({ key: `${seller.id}:${provider.id}`, label: `${base}, supplied by ${provider.name}` }));
}

export default async function OwnUsePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("own-use.buy");
  const raw = await searchParams;
  const q = sellerSearchSchema.parse(typeof raw.q === "string" ? raw.q : undefined);
  const choice = ownUseChoiceSchema.safeParse({ deliverTo: raw.deliverTo, seller: raw.seller });
  const sells = can(actor, "order-request.view");
  const [ownTenants, sellers, requests, purchases, verdict, incoming] = await Promise.all([
    listOwnUseTenants(actor),
    findOwnUseSellers(actor, q),
    listOwnUseOrderRequests(actor),
    listOwnUsePurchases(actor),
    choice.success ? checkOwnUsePurchase(actor, choice.data) : null,
    sells ? countPendingIncomingOrderRequests(actor) : 0,
  ]);
  const choices = sellers.flatMap(choicesOf);
  const chosen = choice.success ? choices.find((c) => c.key === choice.data.seller) : undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Buy for our own use</h1>
        <p className="mt-1 text-sm text-slate-600">
          A partner buys for itself like any customer: from an indirect reseller or a direct-bill partner, into a
          customer-type tenant it owns, never into its CSP tenant (rule OWN-USE-SEPARATE-TENANT), and never from itself
          or an affiliate (NO-SELF-OR-AFFILIATE-SALE). The seller agrees first: you send an order request, and its
          admins accept or decline it.
        </p>
        {sells && (
          <p className="mt-2 text-sm">
            <Link href="/own-use/requests" className="text-brand-700 underline">
              Order requests from other partners{incoming > 0 ? ` (${incoming} waiting)` : ""}
            </Link>
          </p>
        )}
      </div>

      <section className="card" aria-labelledby="tenants-heading">
        <h2 id="tenants-heading" className="text-lg font-medium">Internal-use tenants</h2>
        {ownTenants.length === 0 ? (
          <EmptyState>You have no internal-use tenant yet. Register one to buy for your own use.</EmptyState>
        ) : (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {ownTenants.map((tenant) => (
              <li key={tenant.id}>
                {tenant.name} <span className="font-mono text-xs break-all text-slate-600">{tenant.tenantId}</span>
              </li>
            ))}
          </ul>
        )}
        <RegisterTenantForm />
      </section>

      <section className="card" aria-labelledby="buy-heading">
        <h2 id="buy-heading" className="text-lg font-medium">Buy</h2>
        <form role="search" action="/own-use" className="mt-3 flex max-w-xl flex-wrap items-end gap-2" aria-label="Find a seller">
          <div className="min-w-0 flex-1">
            <Label htmlFor="seller-q">Seller&rsquo;s Partner ID or name</Label>
            <input id="seller-q" name="q" type="search" maxLength={100} defaultValue={q ?? ""} className="input mt-1" aria-describedby="seller-q-hint" />
            <p id="seller-q-hint" className="mt-1 text-xs text-slate-600">
              An exact Partner ID, or part of the name; partners in your region, at most {SELLER_SEARCH_LIMIT} answers.
            </p>
          </div>
          <button type="submit" className="btn-secondary">Find</button>
        </form>

        {q && choices.length === 0 && (
          <EmptyState>No partner in your region that sells matches &ldquo;{q}&rdquo;. Try its exact Partner ID.</EmptyState>
        )}
        {choices.length > 0 && (
          <form action="/own-use" className="mt-4 grid max-w-xl gap-3" aria-label="Check a purchase">
            <input type="hidden" name="q" value={q ?? ""} />
            <fieldset>
              <legend className="text-sm font-medium">Buy from</legend>
              <div className="mt-1 space-y-1">
                {choices.map((c, index) => (
                  <label key={c.key} className="flex items-start gap-2 text-sm">
                    <input
                      type="radio"
                      name="seller"
                      value={c.key}
                      required
                      defaultChecked={choice.success ? choice.data.seller === c.key : choices.length === 1 && index === 0}
                      className="mt-1"
                    />
                    <span className="min-w-0 break-words">{c.label}</span>
                  </label>
                ))}
              </div>
              {sellers.length === SELLER_SEARCH_LIMIT && (
                <p className="mt-1 text-xs text-slate-600">Showing the first {SELLER_SEARCH_LIMIT}; type more of the name to narrow it down.</p>
              )}
            </fieldset>
            <div>
              <Label htmlFor="deliverTo">Provision into</Label>
              <select id="deliverTo" name="deliverTo" required defaultValue={choice.success ? choice.data.deliverTo : ""} className="input mt-1">
                <option value="" disabled>Choose a tenant</option>
                {ownTenants.map((tenant) => (
                  <option key={tenant.id} value={tenant.id}>{internalUseLabel(tenant.name)}</option>
                ))}
                <option value="csp">Our CSP tenant</option>
              </select>
            </div>
            <div>
              <button type="submit" className="btn-secondary">Check with the rules</button>
            </div>
          </form>
        )}
        {choice.success && !verdict && <p className="mt-4 text-sm text-red-700">That seller or tenant is not one you can choose. Find the seller again and pick from the list.</p>}
        {verdict && <VerdictSummary verdict={verdict} />}
        {verdict?.allowed && choice.success && (
          <RequestForm key={`${choice.data.seller}/${choice.data.deliverTo}`} deliverTo={choice.data.deliverTo} seller={choice.data.seller} sellerName={chosen?.label ?? "The seller"} />
        )}
      </section>

      <section className="card" aria-labelledby="requests-heading">
        <h2 id="requests-heading" className="text-lg font-medium">Our order requests</h2>
        {requests.length === 0 ? (
          <EmptyState>No order requests yet. Find a seller above and send one.</EmptyState>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {requests.map((request) => (
              <li key={request.id} className="flex flex-wrap items-start justify-between gap-3 py-3" aria-label={`${request.offerName} from ${request.sellerName}`}>
                <div className="min-w-0 text-sm">
                  <p className="font-medium">
                    {request.quantity} × {request.offerName} <OrderStatus status={request.status} />
                  </p>
                  <p className="text-slate-600">
                    From {request.sellerName}
                    {request.providerName ? `, supplied by ${request.providerName}` : ""} · into {request.tenantName} · requested {formatDate(request.createdAt)}
                    {request.decidedAt ? ` · ${request.status} ${formatDate(request.decidedAt)}` : ""}
                  </p>
                  {request.decisionNote && <p className="mt-1 text-slate-700">Their note: {request.decisionNote}</p>}
                </div>
                {request.status === "pending" && (
                  <ConfirmAction
                    action={withdrawOwnUseOrderRequestForm}
                    fields={{ requestId: request.id }}
                    label="Withdraw"
                    question={`Withdraw the request for ${request.offerName}?`}
                    confirmLabel="Yes, withdraw"
                    pendingLabel="Withdrawing…"
                    success="Withdrawn."
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="purchases-heading">
        <h2 id="purchases-heading" className="text-lg font-medium">Our own-use purchases</h2>
        {purchases.length === 0 ? (
          <EmptyState>Nothing bought for your own use yet.</EmptyState>
        ) : (
          <DataTable className="mt-3" columns={[{ label: "Offer" }, { label: "Quantity" }, { label: "Tenant" }, { label: "Bought from" }, { label: "Since" }]}>
            {purchases.map((purchase) => (
              <tr key={purchase.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-medium`}>{purchase.offerName}</th>
                <td className={`${cellClass} tabular-nums`}>{purchase.quantity}</td>
                <td className={cellClass}>{purchase.tenantName}</td>
                <td className={cellClass}>{purchase.resellerName ? `${purchase.resellerName}, billed by ${purchase.billerName}` : purchase.billerName}</td>
                <td className={cellClass}>{formatDate(purchase.startsOn)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
