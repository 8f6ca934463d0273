import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { regionName, formatDate } from "@/lib/labels";
import { countryName, formatNumber } from "@/lib/i18n/format";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers");
  return { title: t("detail.title") };
}

export default async function CustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requireActor("customer.view");
  const { customerId } = await params;
  if (!idSchema.safeParse(customerId).success) notFound();
  const customer = await getMyCustomer(actor, customerId);
  if (!customer) notFound();
  const admin = await customerAdminOf(actor, customer.id);
  const [t, locale] = await Promise.all([getTranslations("customers.detail"), getLocale()]);
  const canSell = can(actor, "customer.sell");
  const canInvite = can(actor, "customer.invite-admin");
  const offerColumn = { label: t("subscriptions.columns.offer"), className: "px-6" };
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/customers" className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{customer.name}</h1>
        <p className="text-sm text-slate-600">
          {t("subtitle", { country: countryName(customer.country, locale), region: regionName(customer.region, locale), tenant: customer.tenantIds.join(", ") || t("noTenant") })}
        </p>
      </div>

      <section className="card" aria-labelledby="partners-heading">
        <h2 id="partners-heading" className="text-lg font-medium">{t("otherPartners.heading")}</h2>
        <ul className="mt-2 space-y-1 text-sm">
          <li>
            <span className="font-mono text-xs">MULTI-PARTNER</span> {t("otherPartners.buysFrom", { count: customer.otherPartners })}
          </li>
          <li>
            <span className="font-mono text-xs">MULTI-CHANNEL</span>{" "}
            {customer.managedByMe ? t("otherPartners.managedByYouAndOthers", { count: customer.otherManagers }) : t("otherPartners.managedByOthers", { count: customer.otherManagers })}
          </li>
        </ul>
        <p className="mt-2 text-xs text-slate-600">{t("otherPartners.countsOnly")}</p>
      </section>

      <section className="card p-0" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading" className="px-6 pt-6 text-lg font-medium">{t("subscriptions.heading")}</h2>
        {customer.subscriptions.length === 0 ? (
          <p className="px-6 py-4 text-slate-600">
            {customer.managedByMe ? t("subscriptions.noneYet") : t("subscriptions.noneThroughYou")}
            {canSell ? ` ${t("subscriptions.sellBelow")}` : ""}
          </p>
        ) : (
          <DataTable className="mt-3" columns={[offerColumn, { label: t("subscriptions.columns.quantity") }, { label: t("subscriptions.columns.since") }, { label: t("subscriptions.columns.status") }, { label: t("subscriptions.columns.through") }]}>
            {customer.subscriptions.map((subscription) => (
              <tr key={subscription.id} className={rowClass}>
                <th scope="row" className="px-6 py-2 font-medium">{subscription.offerName}</th>
                <td className={`${cellClass} tabular-nums`}>{formatNumber(subscription.quantity, locale)}</td>
                <td className={cellClass}>{formatDate(subscription.startsOn, locale)}</td>
                <td className={cellClass}>{t("subscriptions.status", { status: subscription.status })}</td>
                <td className={cellClass}>
                  {subscription.billedByMe
                    ? t("subscriptions.billedByYou")
                    : subscription.resoldByMe
                      ? t("subscriptions.youThrough", { biller: subscription.billerName ?? "" })
                      : t("subscriptions.anotherPartner")}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {admin && (
        <section className="card" aria-labelledby="customer-admin-heading">
          <h2 id="customer-admin-heading" className="text-lg font-medium">{t("admin.heading")}</h2>
          {admin.joined ? (
            <p className="mt-1 text-sm">{t("admin.joined", { email: admin.email ?? "" })}</p>
          ) : canInvite ? (
            <>
              <p className="mt-1 text-sm text-slate-600">
                {admin.invited ? t("admin.invitedNotJoined", { email: admin.email ?? "" }) : t("admin.none")} {t("admin.explain")}
              </p>
              <InviteCustomerAdminForm customerId={customer.id} invitedEmail={admin.email} />
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{admin.invited ? t("admin.invitedShort", { email: admin.email ?? "" }) : t("admin.noneMember")}</p>
          )}
        </section>
      )}

      {canSell && (
        <section className="card" aria-labelledby="sell-heading">
          <h2 id="sell-heading" className="text-lg font-medium">{t("sell.heading")}</h2>
          <p className="mt-1 text-sm text-slate-600">
            {t("sell.intro")}
          </p>
          <SellForm customerId={customer.id} />
        </section>
      )}
    </div>
  );
}
