import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName, formatNumber } from "@/lib/i18n/format";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listIncomingOrderRequests } from "@/lib/data/own-use";
import { listOrganizationAdmins } from "@/lib/data/readiness";
import { formatDate } from "@/lib/labels";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { OrderStatus } from "@/components/order-status";
import { AdminsOnly } from "@/components/admins-only";
import { acceptOwnUseOrderRequestForm, declineOwnUseOrderRequestForm } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ownUse.incoming");
  return { title: t("title") };
}

/**
 * Other partners asking to buy from this one for their own use. Nothing is in the books until an admin accepts;
 * members see the requests but do not decide.
 */
export default async function OrderRequestsPage() {
  const actor = await requireActor("order-request.view");
  const [requests, admins] = await Promise.all([listIncomingOrderRequests(actor), listOrganizationAdmins(actor)]);
  const pending = requests.filter((request) => request.status === "pending");
  const decided = requests.filter((request) => request.status !== "pending");
  const isAdmin = can(actor, "order-request.decide");
  const [t, locale] = await Promise.all([getTranslations("ownUse.incoming"), getLocale()]);
  const noteField = { name: "note", label: t("noteLabel") };
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/own-use" className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("intro")}
        </p>
      </div>

      <section className="card" aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-lg font-medium">{t("pendingHeading")}</h2>
        {!isAdmin && <AdminsOnly admins={admins} what={t("adminsOnly")} />}
        {pending.length === 0 ? (
          <EmptyState>{t("noneWaiting")}</EmptyState>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {pending.map((request) => (
              <li key={request.id} className="space-y-2 py-3" aria-label={t("itemLabel", { buyer: request.buyerName })}>
                <div className="text-sm">
                  <p className="font-medium">
                    {t("asksFor", { buyer: request.buyerName, quantity: request.quantity, offer: request.offerName })}
                  </p>
                  <p className="text-slate-600">
                    {t("partnerIdCountry", { partnerId: request.buyerPartnerId, country: countryName(request.buyerCountry, locale) })}
                    {" · "}
                    {request.providerName ? t("billedByProvider", { provider: request.providerName }) : t("billedByYou")}
                    {" · "}
                    {request.requestedByName
                      ? t("requestedBy", { date: formatDate(request.createdAt, locale), name: request.requestedByName })
                      : t("requested", { date: formatDate(request.createdAt, locale) })}
                  </p>
                </div>
                {isAdmin && (
                  <div className="flex flex-wrap items-start gap-3">
                    <ConfirmAction
                      action={acceptOwnUseOrderRequestForm}
                      fields={{ requestId: request.id }}
                      label={t("accept")}
                      primary
                      question={t("acceptQuestion", { quantity: request.quantity, offer: request.offerName, buyer: request.buyerName })}
                      confirmLabel={t("acceptConfirm")}
                      pendingLabel={t("accepting")}
                      success={t("accepted")}
                    />
                    <ConfirmAction
                      action={declineOwnUseOrderRequestForm}
                      fields={{ requestId: request.id }}
                      label={t("decline")}
                      question={t("declineQuestion", { buyer: request.buyerName })}
                      confirmLabel={t("declineConfirm")}
                      pendingLabel={t("declining")}
                      success={t("declined")}
                      note={noteField}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="text-lg font-medium">{t("decidedHeading")}</h2>
        {decided.length === 0 ? (
          <EmptyState>{t("noneDecided")}</EmptyState>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {decided.map((request) => (
              <li key={request.id} className="py-2">
                <p>
                  {request.buyerName}: {formatNumber(request.quantity, locale)} × {request.offerName} <OrderStatus status={request.status} />
                </p>
                <p className="text-slate-600">
                  {formatDate(request.decidedAt, locale)}
                  {request.decisionNote ? ` · ${t("note", { note: request.decisionNote })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
