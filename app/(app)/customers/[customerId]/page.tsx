import type { Metadata } from "next";
import { pluralize, regionName, formatDate } from "@/lib/labels";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getMyCustomer } from "@/lib/data/partner-customers";
import { idSchema } from "@/lib/validation/fields";
import { customerAdminOf } from "@/lib/data/customer-admins";
import { SellForm } from "./sell-form";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { InviteCustomerAdminForm } from "./invite-customer-admin-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Customer" };

export default async function CustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requireActor("customer.view");
  const { customerId } = await params;
  if (!idSchema.safeParse(customerId).success) notFound();
  const customer = await getMyCustomer(actor, customerId);
  if (!customer) notFound();
  const admin = await customerAdminOf(actor, customer.id);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/customers" className="text-brand-700 underline">← Customers</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{customer.name}</h1>
        <p className="text-sm text-slate-600">
          {customer.country} · region {regionName(customer.region)} · tenant {customer.tenantIds.join(", ") || "none"}
        </p>
      </div>

      <section className="card" aria-labelledby="partners-heading">
        <h2 id="partners-heading" className="text-lg font-medium">Other partners</h2>
        <ul className="mt-2 space-y-1 text-sm">
          <li>
            <span className="font-mono text-xs">MULTI-PARTNER</span> {customer.otherPartners === 0 ? "The customer buys from no other partner." : `The customer buys from ${pluralize(customer.otherPartners, "other partner")} as well.`}
          </li>
          <li>
            <span className="font-mono text-xs">MULTI-CHANNEL</span>{" "}
            {customer.managedByMe ? "It engaged you to manage its subscriptions; " : ""}
            {customer.otherManagers === 0 ? "no other partner manages its subscriptions." : `${pluralize(customer.otherManagers, "other partner")} ${customer.otherManagers === 1 ? "manages" : "manage"} its subscriptions.`}
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
          <DataTable className="mt-3" columns={[{ label: "Offer", className: "px-6" }, { label: "Quantity" }, { label: "Since" }, { label: "Status" }, { label: "Through" }]}>
            {customer.subscriptions.map((subscription) => (
              <tr key={subscription.id} className={rowClass}>
                <th scope="row" className="px-6 py-2 font-medium">{subscription.offerName}</th>
                <td className={`${cellClass} tabular-nums`}>{subscription.quantity}</td>
                <td className={cellClass}>{formatDate(subscription.startsOn)}</td>
                <td className={cellClass}>{subscription.status}</td>
                <td className={cellClass}>
                  {subscription.billedByMe
                    ? "Billed by you"
                    : subscription.resoldByMe
                      ? `You, through ${subscription.billerName}`
                      : "Another partner (you manage it)"}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {admin && (
        <section className="card" aria-labelledby="customer-admin-heading">
          <h2 id="customer-admin-heading" className="text-lg font-medium">The customer&rsquo;s admin</h2>
          {admin.joined ? (
            <p className="mt-1 text-sm">{admin.email} speaks for the customer: they accept or decline partners&rsquo; requests.</p>
          ) : can(actor, "customer.invite-admin") ? (
            <>
              <p className="mt-1 text-sm text-slate-600">
                {admin.invited ? `Invited ${admin.email}; they have not joined yet.` : "The customer has no admin on CSP Partner Hub yet."} Its admin sees
                every partner that serves it and decides which may manage its subscriptions.
              </p>
              <InviteCustomerAdminForm customerId={customer.id} invitedEmail={admin.email} />
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{admin.invited ? `Invited ${admin.email}; not joined yet.` : "No admin yet; your organization's admins can invite one."}</p>
          )}
        </section>
      )}

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
