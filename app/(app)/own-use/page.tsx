import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName, formatNumber } from "@/lib/i18n/format";
import { partnerTypeLabel } from "@/lib/labels";
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
import type { Locale } from "@/lib/i18n/locales";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ownUse");
  return { title: t("title") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"ownUse">>>;

/** Each way to buy from a seller: a direct-bill partner itself, or a reseller through one of its providers. */
function choicesOf(seller: OwnUseSeller, t: Translate, locale: Locale) {
  const details = { name: seller.name, type: partnerTypeLabel(seller.partnerType, locale).toLowerCase(), country: countryName(seller.country, locale) };
  if (seller.partnerType === "direct-bill") return [{ key: seller.id, label: t("buy.choice", details) }];
  return seller.providers.map((provider) => ({ key: `${seller.id}:${provider.id}`, label: t("buy.choiceSupplied", { ...details, provider: provider.name }) }));
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
  const [t, locale] = await Promise.all([getTranslations("ownUse"), getLocale()]);
  const choices = sellers.flatMap((seller) => choicesOf(seller, t, locale));
  const chosen = choice.success ? choices.find((c) => c.key === choice.data.seller) : undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("intro")}
        </p>
        {sells && (
          <p className="mt-2 text-sm">
            <Link href="/own-use/requests" className="text-brand-700 underline">
              {incoming > 0 ? t("incomingLinkWaiting", { count: incoming }) : t("incomingLink")}
            </Link>
          </p>
        )}
      </div>

      <section className="card" aria-labelledby="tenants-heading">
        <h2 id="tenants-heading" className="text-lg font-medium">{t("tenants.heading")}</h2>
        {ownTenants.length === 0 ? (
          <EmptyState>{t("tenants.none")}</EmptyState>
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
        <h2 id="buy-heading" className="text-lg font-medium">{t("buy.heading")}</h2>
        <form role="search" action="/own-use" className="mt-3 flex max-w-xl flex-wrap items-end gap-2" aria-label={t("buy.find")}>
          <div className="min-w-0 flex-1">
            <Label htmlFor="seller-q">{t("buy.searchLabel")}</Label>
            <input id="seller-q" name="q" type="search" maxLength={100} defaultValue={q ?? ""} className="input mt-1" aria-describedby="seller-q-hint" />
            <p id="seller-q-hint" className="mt-1 text-xs text-slate-600">
              {t("buy.searchHint", { limit: SELLER_SEARCH_LIMIT })}
            </p>
          </div>
          <button type="submit" className="btn-secondary">{t("buy.findButton")}</button>
        </form>

        {q && choices.length === 0 && (
          <EmptyState>{t("buy.noMatch", { q })}</EmptyState>
        )}
        {choices.length > 0 && (
          <form action="/own-use" className="mt-4 grid max-w-xl gap-3" aria-label={t("buy.checkLabel")}>
            <input type="hidden" name="q" value={q ?? ""} />
            <fieldset>
              <legend className="text-sm font-medium">{t("buy.from")}</legend>
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
                <p className="mt-1 text-xs text-slate-600">{t("buy.showingFirst", { limit: SELLER_SEARCH_LIMIT })}</p>
              )}
            </fieldset>
            <div>
              <Label htmlFor="deliverTo">{t("buy.provisionInto")}</Label>
              <select id="deliverTo" name="deliverTo" required defaultValue={choice.success ? choice.data.deliverTo : ""} className="input mt-1">
                <option value="" disabled>{t("buy.chooseTenant")}</option>
                {ownTenants.map((tenant) => (
                  <option key={tenant.id} value={tenant.id}>{internalUseLabel(tenant.name, locale)}</option>
                ))}
                <option value="csp">{t("buy.cspTenant")}</option>
              </select>
            </div>
            <div>
              <button type="submit" className="btn-secondary">{t("buy.check")}</button>
            </div>
          </form>
        )}
        {choice.success && !verdict && <p className="mt-4 text-sm text-red-700">{t("buy.notChoosable")}</p>}
        {verdict && <VerdictSummary verdict={verdict} />}
        {verdict?.allowed && choice.success && (
          <RequestForm key={`${choice.data.seller}/${choice.data.deliverTo}`} deliverTo={choice.data.deliverTo} seller={choice.data.seller} sellerName={chosen?.label ?? t("buy.theSeller")} />
        )}
      </section>

      <section className="card" aria-labelledby="requests-heading">
        <h2 id="requests-heading" className="text-lg font-medium">{t("requests.heading")}</h2>
        {requests.length === 0 ? (
          <EmptyState>{t("requests.none")}</EmptyState>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {requests.map((request) => (
              <li key={request.id} className="flex flex-wrap items-start justify-between gap-3 py-3" aria-label={t("requests.itemLabel", { offer: request.offerName, seller: request.sellerName })}>
                <div className="min-w-0 text-sm">
                  <p className="font-medium">
                    {formatNumber(request.quantity, locale)} × {request.offerName} <OrderStatus status={request.status} />
                  </p>
                  <p className="text-slate-600">
                    {request.providerName
                      ? t("requests.fromSupplied", { seller: request.sellerName, provider: request.providerName, tenant: request.tenantName, date: formatDate(request.createdAt, locale) })
                      : t("requests.from", { seller: request.sellerName, tenant: request.tenantName, date: formatDate(request.createdAt, locale) })}
                    {request.decidedAt ? ` · ${t("requests.decided", { status: request.status, date: formatDate(request.decidedAt, locale) })}` : ""}
                  </p>
                  {request.decisionNote && <p className="mt-1 text-slate-700">{t("requests.theirNote", { note: request.decisionNote })}</p>}
                </div>
                {request.status === "pending" && (
                  <ConfirmAction
                    action={withdrawOwnUseOrderRequestForm}
                    fields={{ requestId: request.id }}
                    label={t("requests.withdraw")}
                    question={t("requests.withdrawQuestion", { offer: request.offerName })}
                    confirmLabel={t("requests.withdrawConfirm")}
                    pendingLabel={t("requests.withdrawing")}
                    success={t("requests.withdrawn")}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="purchases-heading">
        <h2 id="purchases-heading" className="text-lg font-medium">{t("purchases.heading")}</h2>
        {purchases.length === 0 ? (
          <EmptyState>{t("purchases.none")}</EmptyState>
        ) : (
          <DataTable className="mt-3" columns={[{ label: t("purchases.columns.offer") }, { label: t("purchases.columns.quantity") }, { label: t("purchases.columns.tenant") }, { label: t("purchases.columns.boughtFrom") }, { label: t("purchases.columns.since") }]}>
            {purchases.map((purchase) => (
              <tr key={purchase.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-medium`}>{purchase.offerName}</th>
                <td className={`${cellClass} tabular-nums`}>{formatNumber(purchase.quantity, locale)}</td>
                <td className={cellClass}>{purchase.tenantName}</td>
                <td className={cellClass}>{purchase.resellerName ? t("purchases.billedBy", { reseller: purchase.resellerName, biller: purchase.billerName }) : purchase.billerName}</td>
                <td className={cellClass}>{formatDate(purchase.startsOn, locale)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
