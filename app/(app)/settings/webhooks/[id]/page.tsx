import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/data/require-actor";
import { getWebhookEndpointWithDeliveries, type WebhookDeliveryView } from "@/lib/data/webhooks";
import { ActionButton } from "@/components/action-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { EmptyState } from "@/components/ui/empty-state";
import { listHref, Pager } from "@/components/ui/pager";
import { resendWebhookDeliveryForm, setWebhookEndpointEnabledForm } from "../actions";
import { EventKindsForm } from "../_components/event-kinds-form";
import { RotateSecret } from "../_components/rotate-secret";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks.endpoint"))("metaTitle") };
}

/** Intl's tag per language; the log shows seconds, so it has its own format (the others stop at the minute). */
const intlTag: Record<Locale, string> = { en: "en-GB", nl: "nl-NL" };
const statusTone: Record<WebhookDeliveryView["status"], BadgeTone> = { pending: "amber", succeeded: "green", failed: "red" };

const paramsSchema = z.object({ id: z.uuid() });
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function WebhookEndpointPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor("webhooks.manage");
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const page = pageSchema.parse((await searchParams).page);
  const found = await getWebhookEndpointWithDeliveries(actor, parsed.data.id, page);
  if (!found) notFound();
  const { endpoint, deliveries, total, pages } = found;
  const t = await getTranslations("webhooks");
  const settings = await getTranslations("settings");
  const locale = (await getLocale()) as Locale;
  const timeFormat = new Intl.DateTimeFormat(intlTag[locale], { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  const at = (value: Date) => timeFormat.format(value);
  const settingsTitle = settings("title");
  const enabledFields = (enabled: boolean) => ({ endpointId: endpoint.id, enabled: String(enabled) });
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{settingsTitle}</Link> /{" "}
        <Link href="/settings/webhooks" className="text-brand-700 underline">{t("title")}</Link> / {t("endpoint.breadcrumb")}
      </p>
      <h1 className="text-2xl font-semibold break-all">{endpoint.url}</h1>
      <p className="text-sm text-slate-600">
        {endpoint.enabled ? <Badge tone="green">{t("enabled")}</Badge> : <Badge tone="slate">{t("disabled")}</Badge>} {t("endpoint.added", { at: at(endpoint.createdAt) })}
        {endpoint.secretRotatedAt && <> · {t("endpoint.secretMade", { at: at(endpoint.secretRotatedAt) })}</>}
      </p>

      <section className="card space-y-3" aria-labelledby="delivery-log-heading">
        <h2 id="delivery-log-heading" className="text-lg font-medium">{t("endpoint.log")}</h2>
        {deliveries.length === 0 ? (
          <EmptyState>{t("endpoint.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {deliveries.map((delivery) => (
              <li key={delivery.id} className="space-y-1 py-3 text-sm" data-testid="webhook-delivery">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={statusTone[delivery.status]}>{t(`endpoint.status.${delivery.status}`)}</Badge>
                  <code className="text-xs">{delivery.kind}</code>
                  <span className="text-slate-600">{t("endpoint.utc", { at: at(delivery.createdAt) })}</span>
                </div>
                <p className="text-slate-700">
                  {t("endpoint.attempts", { count: delivery.attempts })}
                  {delivery.responseStatus !== null && <> · {t("endpoint.answered", { status: delivery.responseStatus })}</>}
                  {delivery.durationMs !== null && <> · {t("endpoint.duration", { ms: formatNumber(delivery.durationMs, locale) })}</>}
                  {delivery.status === "pending" && delivery.nextAttemptAt && <> · {t("endpoint.nextAttempt", { at: at(delivery.nextAttemptAt) })}</>}
                  {delivery.status === "pending" && !delivery.nextAttemptAt && <> · {t("endpoint.firstAttempt")}</>}
                </p>
                {delivery.lastError && <p className="text-red-700">{delivery.lastError}</p>}
                {delivery.responseBody && (
                  <details>
                    <summary className="cursor-pointer text-slate-600">{t("endpoint.responseBody")}</summary>
                    <pre className="mt-1 max-h-40 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all">{delivery.responseBody}</pre>
                  </details>
                )}
                {delivery.status !== "pending" && endpoint.enabled && (
                  <ActionButton secondary action={resendWebhookDeliveryForm} fields={{ deliveryId: delivery.id }} label={t("endpoint.sendAgain")} pendingLabel={t("endpoint.queuing")} success={t("endpoint.queued")} />
                )}
              </li>
            ))}
          </ul>
        )}
        <Pager page={page} pageCount={pages} total={total} label={t("endpoint.deliveries")} hrefFor={(p) => listHref(`/settings/webhooks/${endpoint.id}`, {}, p)} />
      </section>

      <section className="card space-y-3" aria-labelledby="kinds-heading">
        <h2 id="kinds-heading" className="text-lg font-medium">{t("endpoint.eventsItReceives")}</h2>
        <EventKindsForm key={endpoint.eventKinds.join(",")} endpointId={endpoint.id} kinds={endpoint.eventKinds} />
      </section>

      <section className="card space-y-3" aria-labelledby="manage-heading">
        <h2 id="manage-heading" className="text-lg font-medium">{t("endpoint.secretAndStatus")}</h2>
        <div className="flex flex-wrap items-start gap-3">
          <RotateSecret endpointId={endpoint.id} />
          {endpoint.enabled ? (
            <ConfirmAction
              action={setWebhookEndpointEnabledForm}
              fields={enabledFields(false)}
              label={t("endpoint.disable")}
              question={t("endpoint.disableQuestion")}
              description={t("endpoint.disableDescription")}
              confirmLabel={t("endpoint.disableConfirm")}
              pendingLabel={t("endpoint.disabling")}
            />
          ) : (
            <ActionButton secondary action={setWebhookEndpointEnabledForm} fields={enabledFields(true)} label={t("endpoint.enable")} pendingLabel={t("endpoint.enabling")} />
          )}
        </div>
      </section>
    </div>
  );
}
