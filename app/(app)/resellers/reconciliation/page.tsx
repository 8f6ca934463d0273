import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { mayManagePartnerCenter, partnerCenterReconciliation, partnerCenterStatus } from "@/lib/data/partner-center";
import { requireActor } from "@/lib/data/require-actor";
import { formatDate } from "@/lib/labels";
import { inviteResellerForm } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers.reconciliation");
  return { title: t("title") };
}

const kindKey = { "missing-here": "missingHere", "stale-here": "staleHere", "mpa-differs": "mpaDiffers", "state-differs": "stateDiffers" } as const;

export default async function ReconciliationPage() {
  const actor = await requireActor("reseller.view");
  const [status, reconciliation] = await Promise.all([partnerCenterStatus(actor), partnerCenterReconciliation(actor)]);
  const admin = mayManagePartnerCenter(actor);
  const connection = status.configured ? status.connection : null;
  const t = await getTranslations("resellers.reconciliation");
  const locale = await getLocale();

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/resellers" className="text-brand-700 underline">{t("breadcrumb")}</Link> / {t("title")}
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        {t("intro")}
      </p>
      {connection?.lastSyncError && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {connection.lastSyncError}
          {connection.lastSyncedAt && ` ${t("showingSync", { date: formatDate(connection.lastSyncedAt, locale) })}`}
        </p>
      )}
      {!reconciliation ? (
        <section className="card">
          <h2 className="text-lg font-medium">{t("nothingYet")}</h2>
          <p className="mt-1 text-sm text-slate-600">
            {connection ? t("firstSyncPending") : t("notConnected")}{" "}
            <Link href="/settings/partner-center" className="text-brand-700 underline">{t("connectionLink")}</Link>
          </p>
        </section>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {reconciliation.syncedAt ? t("asOf", { date: formatDate(reconciliation.syncedAt, locale) }) : t("notSynced")}{" "}
            {t("differences", { count: reconciliation.rows.length })}
          </p>
          {reconciliation.rows.length > 0 && (
            <ul className="space-y-3">
              {reconciliation.rows.map((row) => (
                <li key={`${row.kind}-${row.partnerId}`} className="card space-y-2">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="font-medium">
                      {row.name} <span className="text-sm font-normal text-slate-600">{t("partnerId", { partnerId: row.partnerId })}</span>
                    </h2>
                    <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{t(`kind.${kindKey[row.kind]}`)}</span>
                  </div>
                  <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                    <dt className="text-slate-600">{t("here")}</dt>
                    <dd>{row.here}</dd>
                    <dt className="text-slate-600">{t("partnerCenter")}</dt>
                    <dd>{row.partnerCenter}</dd>
                    <dt className="text-slate-600">{t("whichIsRight")}</dt>
                    <dd>{row.rightSide === "partner-center" ? t("systemOfRecord") : t("thisApp")}</dd>
                  </dl>
                  <p className="text-sm">{row.whatToDo}</p>
                  {row.fix === "invite" && admin && (
                    <ActionButton action={inviteResellerForm} fields={{ partnerId: row.partnerId }} label={t("invite")} pendingLabel={t("inviting")} success={t("invited")} secondary />
                  )}
                </li>
              ))}
            </ul>
          )}
          <section aria-labelledby="customers-heading" className="space-y-3">
            <h2 id="customers-heading" className="text-lg font-medium">{t("customers")}</h2>
            {reconciliation.customers.length === 0 ? (
              <p className="text-sm text-slate-700">{t("customersMatch")}</p>
            ) : (
              <ul className="space-y-3">
                {reconciliation.customers.map((row) => (
                  <li key={row.tenantId} className="card space-y-2">
                    <h3 className="font-medium">
                      {row.name} <span className="text-sm font-normal text-slate-600">{t("tenant", { tenantId: row.tenantId })}</span>
                    </h3>
                    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="text-slate-600">{t("here")}</dt>
                      <dd>{row.here}</dd>
                      <dt className="text-slate-600">{t("partnerCenter")}</dt>
                      <dd>{row.partnerCenter}</dd>
                      <dt className="text-slate-600">{t("whichIsRight")}</dt>
                      <dd>{t("systemOfRecord")}</dd>
                    </dl>
                    <p className="text-sm">{row.whatToDo}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
