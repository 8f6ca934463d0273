import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { mayManagePartnerCenter, partnerCenterStatus } from "@/lib/data/partner-center";
import { requireActor } from "@/lib/data/require-actor";
import { formatDate } from "@/lib/labels";
import { disconnectForm, syncNowForm } from "./actions";
import { ConnectButton } from "./connect-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.partnerCenter"))("title") };
}

export default async function PartnerCenterSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("reseller.view");
  const status = await partnerCenterStatus(actor);
  const params = await searchParams;
  const admin = mayManagePartnerCenter(actor);
  const t = await getTranslations("settings");
  const locale = (await getLocale()) as Locale;
  const notConfigured = t.rich("partnerCenter.notConfigured", {
    command: "npm run pc:simulator",
    setting: "PARTNER_CENTER_URL=http://127.0.0.1:4600",
    code: (chunks) => <code>{chunks}</code>,
  });
  const dateTime = (at: Date) => t("partnerCenter.dateTime", { date: formatDate(at, locale), time: at.toISOString().slice(11, 16) });

  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{t("title")}</Link> / {t("partnerCenter.breadcrumb")}
      </p>
      <h1 className="text-2xl font-semibold">{t("partnerCenter.title")}</h1>
      <p className="text-sm text-slate-600">{t("partnerCenter.intro")}</p>
      {typeof params.connected === "string" && <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-800">{t("partnerCenter.justConnected")}</p>}
      {typeof params.error === "string" && <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{params.error}</p>}

      {!status.configured ? (
        <section className="card">
          <h2 className="text-lg font-medium">{t("partnerCenter.notAvailable")}</h2>
          <p className="mt-1 text-sm text-slate-600">
            {notConfigured}
          </p>
        </section>
      ) : !status.connection ? (
        <section className="card space-y-3">
          <h2 className="text-lg font-medium">{t("partnerCenter.notConnected")}</h2>
          <p className="text-sm text-slate-600">{status.mode === "simulator" ? t("partnerCenter.simulator") : t("partnerCenter.signInWith")}</p>
          {admin ? <ConnectButton label={t("partnerCenter.connect")} /> : <p className="text-sm">{t("partnerCenter.askAdmin")}</p>}
        </section>
      ) : (
        <section className="card space-y-3" aria-labelledby="connection-heading">
          <h2 id="connection-heading" className="text-lg font-medium">
            {status.connection.status === "connected" ? t("partnerCenter.connected") : t("partnerCenter.reconnectNeeded")}
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("partnerCenter.account")}</dt>
            <dd className="min-w-0 break-all">{status.connection.account}</dd>
            <dt className="text-slate-600">{t("partnerCenter.connectedOn")}</dt>
            <dd>{formatDate(status.connection.connectedAt, locale)}</dd>
            <dt className="text-slate-600">{t("partnerCenter.lastSynced")}</dt>
            <dd>{status.connection.lastSyncedAt ? dateTime(status.connection.lastSyncedAt) : t("partnerCenter.notYet")}</dd>
          </dl>
          {status.connection.syncWaiting && (
            <p role="status" className="text-sm text-slate-700">
              {status.connection.progress
                ? t("partnerCenter.syncingSteps", { done: status.connection.progress.done, total: status.connection.progress.total })
                : t("partnerCenter.syncing")}{" "}
              <Link href="/settings/partner-center" className="text-brand-700 underline">{t("partnerCenter.refresh")}</Link>
            </p>
          )}
          {status.connection.lastSyncError && (
            <p role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
              {status.connection.lastSyncError}
              {status.connection.status === "connected" &&
                ` ${status.connection.lastSyncedAt ? t("partnerCenter.showingSynced", { at: dateTime(status.connection.lastSyncedAt) }) : t("partnerCenter.retrying")}`}
            </p>
          )}
          <p className="text-sm">
            <Link href="/resellers/reconciliation" className="text-brand-700 underline">{t("partnerCenter.compare")}</Link>
          </p>
          {admin && (
            <div className="flex flex-wrap gap-3">
              {status.connection.status === "connected" ? (
                <ActionButton action={syncNowForm} label={t("partnerCenter.syncNow")} pendingLabel={t("partnerCenter.asking")} success={t("partnerCenter.syncQueued")} secondary />
              ) : (
                <ConnectButton label={t("partnerCenter.reconnect")} />
              )}
              <ConfirmAction
                action={disconnectForm}
                fields={{}}
                label={t("partnerCenter.disconnect")}
                question={t("partnerCenter.disconnectQuestion")}
                description={t("partnerCenter.disconnectDescription")}
                confirmLabel={t("partnerCenter.disconnectConfirm")}
                pendingLabel={t("partnerCenter.disconnecting")}
                success={t("partnerCenter.disconnected")}
              />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
