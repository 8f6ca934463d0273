import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { can } from "@/lib/permissions";
import { listMyConsentRequests } from "@/lib/data/customer-consent";
import { consentRequestListSchema } from "@/lib/validation/customer-consent";
import { formatDate } from "@/lib/labels";
import { Pager } from "@/components/ui/pager";
import { ConsentRequestForm } from "./consent-request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers.requests");
  return { title: t("title") };
}

/** A partner asks customers for consent (to manage them, or to sell to them beside another partner) and follows the answers. */
export default async function CustomerRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("customer.view");
  const { page } = consentRequestListSchema.parse(await searchParams);
  const list = await listMyConsentRequests(actor, page);
  const [t, locale] = await Promise.all([getTranslations("customers.requests"), getLocale()]);
  const canAsk = can(actor, "customer.request-consent");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">
        {t("intro")}
      </p>

      {canAsk ? (
        <section className="card" aria-labelledby="ask-heading">
          <h2 id="ask-heading" className="text-lg font-medium">{t("askHeading")}</h2>
          <ConsentRequestForm requestSent={t("sent")} />
        </section>
      ) : (
        <p className="text-sm text-slate-600">{t("adminsSend")}</p>
      )}

      <section className="card p-0" aria-labelledby="sent-heading">
        <h2 id="sent-heading" className="px-6 pt-6 text-lg font-medium">{t("yourRequests")}</h2>
        {list.rows.length === 0 ? (
          <p className="px-6 py-4 text-slate-600">{t("none")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-6 py-2">{t("columns.tenant")}</th>
                  <th scope="col" className="px-4 py-2">{t("columns.askedFor")}</th>
                  <th scope="col" className="px-4 py-2">{t("columns.sent")}</th>
                  <th scope="col" className="px-4 py-2">{t("columns.state")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-6 py-2 font-mono text-xs font-normal">
                      {row.customerId ? <Link href={`/customers/${row.customerId}`} className="font-sans text-sm text-brand-700 underline">{row.customerName}</Link> : row.tenantId}
                    </th>
                    <td className="px-4 py-2">{row.kind === "manage" ? t("kind.manage") : t("kind.resell")}</td>
                    <td className="px-4 py-2">{formatDate(row.createdAt, locale)}</td>
                    <td className="px-4 py-2">
                      {row.status === "pending"
                        ? t("state.pendingUntil", { date: formatDate(row.expiresAt, locale) })
                        : row.decidedAt && row.status !== "expired"
                          ? t("state.decidedOn", { state: t(`state.${row.status}`), date: formatDate(row.decidedAt, locale) })
                          : t(`state.${row.status}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="px-6 py-4">
          <Pager page={list.page} pageCount={list.pages} hrefFor={(p) => `/customers/requests?page=${p}`} label={t("pagerLabel")} />
        </div>
      </section>
    </div>
  );
}
