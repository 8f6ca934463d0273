import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { can } from "@/lib/permissions";
import { listMyConsentRequests, REQUEST_SENT } from "@/lib/data/customer-consent";
import { consentRequestListSchema } from "@/lib/validation/customer-consent";
import { formatDate } from "@/lib/labels";
import { Pager } from "@/components/ui/pager";
import { ConsentRequestForm } from "./consent-request-form";

export const metadata: Metadata = { title: "Customer requests" };

const stateLabel = { pending: "Pending", accepted: "Accepted", declined: "Declined", expired: "Expired" } as const;

/** A partner asks customers for consent (to manage them, or to sell to them beside another partner) and follows the answers. */
export default async function CustomerRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("customer.view");
  const { page } = consentRequestListSchema.parse(await searchParams);
  const list = await listMyConsentRequests(actor, page);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Customer requests</h1>
      <p className="text-sm text-slate-600">
        A customer decides which partners manage its subscriptions, and whether a partner may start selling to it when another
        partner already does. Its admin accepts or declines your request; a request lapses after 30 days. Your first sale to
        a customer you add yourself needs no request.
      </p>

      {can(actor, "customer.request-consent") ? (
        <section className="card" aria-labelledby="ask-heading">
          <h2 id="ask-heading" className="text-lg font-medium">Ask a customer</h2>
          <ConsentRequestForm requestSent={REQUEST_SENT} />
        </section>
      ) : (
        <p className="text-sm text-slate-600">Your organization&apos;s admins send requests to customers.</p>
      )}

      <section className="card p-0" aria-labelledby="sent-heading">
        <h2 id="sent-heading" className="px-6 pt-6 text-lg font-medium">Your requests</h2>
        {list.rows.length === 0 ? (
          <p className="px-6 py-4 text-slate-600">You have not asked any customer yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-6 py-2">Tenant</th>
                  <th scope="col" className="px-4 py-2">Asked for</th>
                  <th scope="col" className="px-4 py-2">Sent</th>
                  <th scope="col" className="px-4 py-2">State</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-6 py-2 font-mono text-xs font-normal">
                      {row.customerId ? <Link href={`/customers/${row.customerId}`} className="font-sans text-sm text-brand-700 underline">{row.customerName}</Link> : row.tenantId}
                    </th>
                    <td className="px-4 py-2">{row.kind === "manage" ? "To manage its subscriptions" : "To sell to it"}</td>
                    <td className="px-4 py-2">{formatDate(row.createdAt)}</td>
                    <td className="px-4 py-2">
                      {stateLabel[row.status]}
                      {row.status === "pending" ? ` (until ${formatDate(row.expiresAt)})` : row.decidedAt && row.status !== "expired" ? ` ${formatDate(row.decidedAt)}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="px-6 py-4">
          <Pager page={list.page} pageCount={list.pages} hrefFor={(p) => `/customers/requests?page=${p}`} label="requests" />
        </div>
      </section>
    </div>
  );
}
