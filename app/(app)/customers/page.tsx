import type { Metadata } from "next";
import { pluralize, regionName } from "@/lib/labels";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listMyCustomers } from "@/lib/data/partner-customers";
import { getOwnOrganization } from "@/lib/data/organizations";
import { countryOptions } from "@/lib/rules";
import { customerListSchema } from "@/lib/validation/customers";
import { listHref, Pager } from "@/components/ui/pager";
import { AddCustomerForm } from "./add-customer-form";
import { Label } from "@/components/ui/field";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("customer.view");
  const raw = await searchParams;
  const { q, page } = customerListSchema.parse({ q: raw.q, page: raw.page });
  const managedOnly = raw.view === "managed";
  const [list, organization] = await Promise.all([listMyCustomers(actor, { q, page, managedOnly }), getOwnOrganization(actor)]);
  // Every country is offered, labelled with its region: the rules decide, and a refusal says which rule and why.
  const countries = countryOptions().map(({ code, name, regionName }) => ({ code, label: `${name} (${regionName})` }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{actor.partnerType === "direct-bill" ? "Customers" : "My customers"}</h1>
      <p className="text-sm text-slate-600">
        {actor.partnerType === "direct-bill"
          ? "Customers you sell to directly, and customers that engaged you to manage their subscriptions."
          : "Customers you resell to through your providers, and customers you added."}{" "}
        A customer may also buy from other partners (multi-partner) and let others manage its subscriptions
        (multi-channel); you see how many, never who or what they sell.
      </p>

      <section className="card p-0" aria-labelledby="list-heading">
        <div className="flex flex-wrap items-end gap-4 px-6 pt-6">
          <h2 id="list-heading" className="text-lg font-medium">
            {managedOnly ? "Customers you manage" : "All your customers"}
          </h2>
          <nav aria-label="Customer views" className="flex gap-3 text-sm">
            <Link href="/customers" aria-current={!managedOnly ? "page" : undefined} className={!managedOnly ? "font-medium" : "text-brand-700 underline"}>All</Link>
            <Link href="/customers?view=managed" aria-current={managedOnly ? "page" : undefined} className={managedOnly ? "font-medium" : "text-brand-700 underline"}>Managed by you</Link>
          </nav>
          <form role="search" className="ml-auto flex items-end gap-2" action="/customers">
            {managedOnly && <input type="hidden" name="view" value="managed" />}
            <div>
              <Label htmlFor="q">Search by name</Label>
              <input id="q" name="q" type="search" defaultValue={q} className="input mt-1" />
            </div>
            <button type="submit" className="btn-secondary">Search</button>
          </form>
        </div>
        {list.rows.length === 0 ? (
          <p className="px-6 py-6 text-slate-600">
            {q ? `No customer matches “${q}”.` : managedOnly ? "No customer has engaged you to manage its subscriptions yet." : "You have no customers yet. Add one below."}
          </p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-2 sm:px-6">Customer</th>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">Country</th>
                  <th scope="col" className="px-4 py-2">Your subscriptions</th>
                  <th scope="col" className="px-4 py-2">Other partners</th>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">Managed by</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((customer) => (
                  <tr key={customer.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-4 py-2 font-medium sm:px-6">
                      <Link href={`/customers/${customer.id}`} className="text-brand-700 underline">{customer.name}</Link>
                      {/* Narrow screens: country and managers under the name instead of in their own columns. */}
                      <span className="block text-xs font-normal text-slate-600 sm:hidden">
                        {customer.country}
                        {customer.managedByMe ? " · managed by you" : ""}
                        {customer.otherManagers > 0 ? ` · managed by ${pluralize(customer.otherManagers, "other partner")}` : ""}
                      </span>
                    </th>
                    <td className="hidden px-4 py-2 sm:table-cell">{customer.country}</td>
                    <td className="px-4 py-2 tabular-nums">{customer.mySubscriptions}</td>
                    <td className="px-4 py-2 tabular-nums">{customer.otherPartners}</td>
                    <td className="hidden px-4 py-2 sm:table-cell">
                      {customer.managedByMe ? "You" : ""}
                      {customer.managedByMe && customer.otherManagers > 0 ? " and " : ""}
                      {customer.otherManagers > 0 ? pluralize(customer.otherManagers, "other partner") : customer.managedByMe ? "" : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="px-6 py-3">
          <Pager page={list.page} pageCount={list.pages} total={list.total} label="customers" hrefFor={(page) => listHref("/customers", { q, view: managedOnly ? "managed" : undefined }, page)} />
        </div>
      </section>

      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading" className="text-lg font-medium">Add a customer</h2>
        <p className="mt-1 text-sm text-slate-600">
          You can serve customers in your own CSP region only (rule SAME-REGION-SALE)
          {organization ? `: region ${regionName(organization.region)}` : ""}.
        </p>
        <AddCustomerForm countries={countries} />
        <p className="mt-4 text-sm">
          Many at once? <Link href="/customers/import" className="text-brand-700 underline">Import customers from a CSV file</Link>.
        </p>
      </section>
    </div>
  );
}
