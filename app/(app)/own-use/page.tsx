import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { checkOwnUsePurchase, listOwnUsePurchases, listOwnUseSellers, listOwnUseTenants } from "@/lib/data/own-use";
import { ownUseChoiceSchema } from "@/lib/validation/own-use";
import { formatDate } from "@/lib/format";
import { VerdictSummary } from "@/components/verdict-summary";
import { BuyForm } from "./buy-form";
import { RegisterTenantForm } from "./register-tenant-form";

export const metadata: Metadata = { title: "Buy for our own use" };

export default async function OwnUsePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor(["indirect-provider", "indirect-reseller", "direct-bill"]);
  const raw = await searchParams;
  const choice = ownUseChoiceSchema.safeParse({ deliverTo: raw.deliverTo, seller: raw.seller });
  const [ownTenants, sellers, purchases, verdict] = await Promise.all([
    listOwnUseTenants(actor),
    listOwnUseSellers(actor),
    listOwnUsePurchases(actor),
    choice.success ? checkOwnUsePurchase(actor, choice.data) : null,
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Buy for our own use</h1>
        <p className="mt-1 text-sm text-slate-600">
          A partner buys for itself like any customer: from an indirect reseller or a direct-bill partner, into a
          customer-type tenant it owns, never into its CSP tenant (rule OWN-USE-SEPARATE-TENANT), and never from itself
          or an affiliate (NO-SELF-OR-AFFILIATE-SALE).
        </p>
      </div>

      <section className="card" aria-labelledby="tenants-heading">
        <h2 id="tenants-heading" className="text-lg font-medium">Internal-use tenants</h2>
        {ownTenants.length === 0 ? (
          <p className="mt-2 text-slate-600">You have no internal-use tenant yet. Register one to buy for your own use.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {ownTenants.map((tenant) => (
              <li key={tenant.id}>
                {tenant.name} <span className="font-mono text-xs text-slate-600">{tenant.tenantId}</span>
              </li>
            ))}
          </ul>
        )}
        <RegisterTenantForm />
      </section>

      <section className="card" aria-labelledby="buy-heading">
        <h2 id="buy-heading" className="text-lg font-medium">Buy</h2>
        <form action="/own-use" className="mt-3 grid max-w-xl gap-3" aria-label="Check a purchase">
          <div>
            <label htmlFor="seller" className="block text-sm font-medium">Buy from</label>
            <select id="seller" name="seller" required defaultValue={choice.success ? choice.data.seller : ""} className="input mt-1">
              <option value="" disabled>Choose a partner in your region</option>
              {sellers.map((seller) => (
                <option key={seller.key} value={seller.key}>{seller.label}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="deliverTo" className="block text-sm font-medium">Provision into</label>
            <select id="deliverTo" name="deliverTo" required defaultValue={choice.success ? choice.data.deliverTo : ""} className="input mt-1">
              <option value="" disabled>Choose a tenant</option>
              {ownTenants.map((tenant) => (
                <option key={tenant.id} value={tenant.id}>{tenant.name} (internal use)</option>
              ))}
              <option value="csp">Our CSP tenant</option>
            </select>
          </div>
          <div>
            <button type="submit" className="btn-secondary">Check with the rules</button>
          </div>
        </form>
        {choice.success && !verdict && <p className="mt-4 text-sm text-red-700">That seller or tenant is not one you can choose. Pick again from the lists.</p>}
        {verdict && <VerdictSummary verdict={verdict} />}
        {verdict?.allowed && choice.success && <BuyForm deliverTo={choice.data.deliverTo} seller={choice.data.seller} />}
      </section>

      <section className="card" aria-labelledby="purchases-heading">
        <h2 id="purchases-heading" className="text-lg font-medium">Our own-use purchases</h2>
        {purchases.length === 0 ? (
          <p className="mt-2 text-slate-600">Nothing bought for your own use yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-2">Offer</th>
                  <th scope="col" className="px-4 py-2">Quantity</th>
                  <th scope="col" className="px-4 py-2">Tenant</th>
                  <th scope="col" className="px-4 py-2">Bought from</th>
                  <th scope="col" className="px-4 py-2">Since</th>
                </tr>
              </thead>
              <tbody>
                {purchases.map((purchase) => (
                  <tr key={purchase.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-4 py-2 font-medium">{purchase.offerName}</th>
                    <td className="px-4 py-2 tabular-nums">{purchase.quantity}</td>
                    <td className="px-4 py-2">{purchase.tenantName}</td>
                    <td className="px-4 py-2">{purchase.resellerName ? `${purchase.resellerName}, billed by ${purchase.billerName}` : purchase.billerName}</td>
                    <td className="px-4 py-2">{formatDate(purchase.startsOn)}</td>
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
