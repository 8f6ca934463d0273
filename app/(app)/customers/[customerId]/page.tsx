import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getMyCustomer } from "@/lib/data/partner-customers";
import { idSchema } from "@/lib/validation/fields";
import { formatDate } from "@/lib/labels";
import { SellForm } from "./sell-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Customer" };

export default async function CustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requireActor("customer.view");
  const { customerId } = await params;
  if (!idSchema.safeParse(customerId).success) notFound();
  const customer = await getMyCustomer(actor, customerId);
  if (!customer) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/customers" className="text-brand-700 underline">← Customers</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{customer.name}</h1>
        <p className="text-sm text-slate-600">
          {customer.country} · region {customer.region} · tenant {customer.tenantIds.join(", ") || "none"}
        </p>
      </div>

      <section className="card" aria-labelledby="partners-heading">
        <h2 id="partners-heading" className="text-lg font-medium">Other partners</h2>
        <ul className="mt-2 space-y-1 text-sm">
          <li>
            <span className="font-mono text-xs">MULTI-PARTNER</span> The customer buys from {customer.otherPartners} other partner(s) as well.
          </li>
          <li>
            <span className="font-mono text-xs">MULTI-CHANNEL</span>{" "}
            {customer.managedByMe ? "It engaged you to manage its subscriptions; " : ""}
            {customer.otherManagers} other partner(s) manage its subscriptions.
          </li>
        </ul>
        <p className="mt-2 text-xs text-slate-600">Other partners&rsquo; names and sales are theirs; you see counts only.</p>
      </section>

      <section className="card p-0" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading" className="px-6 pt-6 text-lg font-medium">Subscriptions</h2>
        {customer.subscriptions.length === 0 ? (
          <p className="px-6 py-4 text-slate-600">
            No subscriptions {customer.managedByMe ? "yet" : "through you yet"}.{can(actor, "customer.sell") ? " Sell one below." : ""}
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-6 py-2">Offer</th>
                  <th scope="col" className="px-4 py-2">Quantity</th>
                  <th scope="col" className="px-4 py-2">Since</th>
                  <th scope="col" className="px-4 py-2">Status</th>
                  <th scope="col" className="px-4 py-2">Through</th>
                </tr>
              </thead>
              <tbody>
                {customer.subscriptions.map((subscription) => (
                  <tr key={subscription.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-6 py-2 font-medium">{subscription.offerName}</th>
                    <td className="px-4 py-2 tabular-nums">{subscription.quantity}</td>
                    <td className="px-4 py-2">{formatDate(subscription.startsOn)}</td>
                    <td className="px-4 py-2">{subscription.status}</td>
                    <td className="px-4 py-2">
                      {subscription.billedByMe
                        ? "Billed by you"
                        : subscription.resoldByMe
                          ? `You, through ${subscription.billerName}`
                          : "Another partner (you manage it)"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {can(actor, "customer.sell") && (
        <section className="card" aria-labelledby="sell-heading">
          <h2 id="sell-heading" className="text-lg font-medium">Sell a subscription</h2>
          <p className="mt-1 text-sm text-slate-600">
            The rules check your MPA and direct-bill requirements, the customer&rsquo;s region, and that the customer is
            neither your organization nor an affiliate.
          </p>
          <SellForm customerId={customer.id} />
        </section>
      )}
    </div>
  );
}
