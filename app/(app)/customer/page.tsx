import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/format";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { getCustomerHome } from "@/lib/data/customer-home";
import { listPendingRequestsForCustomer } from "@/lib/data/customer-consent";
import { formatDate, partnerTypeLabel, regionName } from "@/lib/labels";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { acceptCustomerConsentRequestForm, declineCustomerConsentRequestForm, revokeCustomerManagementGrantForm } from "./actions";
import { CustomerTwoFactorForm } from "./customer-two-factor-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customer");
  return { title: t("title") };
}


/** The customer admin's home: who serves the customer, who manages it, the requests waiting, and the region rule. */
export default async function CustomerHomePage() {
  const actor = await requireActor("end-customer.view-partners");
  const [home, pending, t, locale] = await Promise.all([getCustomerHome(actor), listPendingRequestsForCustomer(actor), getTranslations("customer"), getLocale()]);
  if (!home) return <p>{t("notFound")}</p>;
  const region = regionName(home.region, locale);
  const ruleLink = (id: string) =>
    function RuleLink(chunks: React.ReactNode) {
      return (
        <Link href={`/rules#${id}`} className="font-mono text-brand-700 underline">
          {chunks}
        </Link>
      );
    };
  const whoCanServe = t.rich("region.body", { region, sameRegion: ruleLink("SAME-REGION-SALE"), consent: ruleLink("CUSTOMER-CONSENT") });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{home.name}</h1>
        <p className="text-sm text-slate-600">
          {t("subtitle", { country: countryName(home.country, locale), region })}
        </p>
      </div>

      <section className="card" aria-labelledby="requests-heading">
        <h2 id="requests-heading" className="text-lg font-medium">{t("requests.heading")}</h2>
        {pending.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("requests.none")}</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {pending.map((request) => (
              <li key={request.id} className="rounded border border-slate-200 p-3">
                <p className="font-medium">
                  {request.partnerName}{" "}
                  <span className="text-sm font-normal text-slate-600">
                    {t("requests.partnerIdCountry", { partnerId: request.partnerId, country: countryName(request.partnerCountry, locale) })}
                  </span>
                </p>
                <p className="text-sm">
                  {t(request.kind === "manage" ? "requests.asksManage" : "requests.asksResell", {
                    sent: formatDate(request.createdAt, locale),
                    lapses: formatDate(request.expiresAt, locale),
                  })}
                </p>
                <div className="mt-2 flex flex-wrap gap-3">
                  <ConfirmAction
                    action={acceptCustomerConsentRequestForm}
                    fields={{ requestId: request.id }}
                    label={t("requests.accept")}
                    primary
                    question={t("requests.acceptQuestion", { partner: request.partnerName })}
                    confirmLabel={t("requests.acceptConfirm")}
                    pendingLabel={t("requests.accepting")}
                    success={t("requests.accepted")}
                  />
                  <ConfirmAction
                    action={declineCustomerConsentRequestForm}
                    fields={{ requestId: request.id }}
                    label={t("requests.decline")}
                    question={t("requests.declineQuestion", { partner: request.partnerName })}
                    confirmLabel={t("requests.declineConfirm")}
                    pendingLabel={t("requests.declining")}
                    success={t("requests.declined")}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="managers-heading">
        <h2 id="managers-heading" className="text-lg font-medium">{t("managers.heading")}</h2>
        <p className="mt-1 text-xs text-slate-600">
          <span className="font-mono">MULTI-CHANNEL</span> {t("managers.explain")}
        </p>
        {home.managers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("managers.none")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {home.managers.map((manager) => (
              <li key={manager.grantId} className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-3">
                <p>
                  <span className="font-medium">{manager.partnerName}</span>{" "}
                  <span className="text-sm text-slate-600">{t("managers.since", { partnerId: manager.partnerId, since: formatDate(manager.since, locale) })}</span>
                </p>
                <ConfirmAction
                  action={revokeCustomerManagementGrantForm}
                  fields={{ grantId: manager.grantId }}
                  label={t("managers.revoke")}
                  question={t("managers.revokeQuestion", { partner: manager.partnerName })}
                  confirmLabel={t("managers.revokeConfirm")}
                  pendingLabel={t("managers.revoking")}
                  success={t("managers.revoked")}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="sellers-heading">
        <h2 id="sellers-heading" className="text-lg font-medium">{t("sellers.heading")}</h2>
        <p className="mt-1 text-xs text-slate-600">
          <span className="font-mono">MULTI-PARTNER</span> {t("sellers.explain")}
        </p>
        {home.sellers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("sellers.none")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {home.sellers.map((seller) => (
              <li key={seller.partnerId}>
                <span className="font-medium">{seller.partnerName}</span>{" "}
                {t("sellers.since", { type: partnerTypeLabel(seller.partnerType, locale), partnerId: seller.partnerId, since: formatDate(seller.since, locale) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading" className="text-lg font-medium">{t("subscriptions.heading")}</h2>
        {home.subscriptionsByPartner.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("subscriptions.none")}</p>
        ) : (
          home.subscriptionsByPartner.map((group) => (
            <div key={group.partner} className="mt-3">
              <h3 className="font-medium">{group.partner}</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {group.rows.map((row) => (
                  <li key={row.id}>
                    {t("subscriptions.row", { offer: row.offerName, quantity: row.quantity, status: t("subscriptions.status", { status: row.status }), since: formatDate(row.startsOn, locale) })}
                    {row.resellerName ? ` · ${t("subscriptions.billedBy", { biller: row.billerName })}` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <section className="card" aria-labelledby="region-heading">
        <h2 id="region-heading" className="text-lg font-medium">{t("region.heading")}</h2>
        <p className="mt-2 text-sm">
          {whoCanServe}
        </p>
      </section>

      <section className="card" aria-labelledby="security-heading">
        <h2 id="security-heading" className="text-lg font-medium">{t("security.heading")}</h2>
        <CustomerTwoFactorForm required={home.requireTwoFactor} />
      </section>
    </div>
  );
}
