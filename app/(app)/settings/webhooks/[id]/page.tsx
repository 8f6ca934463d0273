import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Webhook endpoint" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const statusTone: Record<WebhookDeliveryView["status"], BadgeTone> = { pending: "amber", succeeded: "green", failed: "red" };
const statusLabel: Record<WebhookDeliveryView["status"], string> = { pending: "Retrying", succeeded: "Delivered", failed: "Failed" };

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
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> /{" "}
        <Link href="/settings/webhooks" className="text-brand-700 underline">Webhooks</Link> / Endpoint
      </p>
      <h1 className="text-2xl font-semibold break-all">{endpoint.url}</h1>
      <p className="text-sm text-slate-600">
        {endpoint.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="slate">Disabled</Badge>} Added{" "}
        {timeFormat.format(endpoint.createdAt)} UTC
        {endpoint.secretRotatedAt && <> · secret made {timeFormat.format(endpoint.secretRotatedAt)} UTC</>}
      </p>

      <section className="card space-y-3" aria-labelledby="delivery-log-heading">
        <h2 id="delivery-log-heading" className="text-lg font-medium">Delivery log</h2>
        {deliveries.length === 0 ? (
          <EmptyState>No events sent yet. Events of the kinds below appear here as they happen.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {deliveries.map((delivery) => (
              <li key={delivery.id} className="space-y-1 py-3 text-sm" data-testid="webhook-delivery">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={statusTone[delivery.status]}>{statusLabel[delivery.status]}</Badge>
                  <code className="text-xs">{delivery.kind}</code>
                  <span className="text-slate-600">{timeFormat.format(delivery.createdAt)} UTC</span>
                </div>
                <p className="text-slate-700">
                  {delivery.attempts} {delivery.attempts === 1 ? "attempt" : "attempts"}
                  {delivery.responseStatus !== null && <> · answered {delivery.responseStatus}</>}
                  {delivery.durationMs !== null && <> · {delivery.durationMs} ms</>}
                  {delivery.status === "pending" && delivery.nextAttemptAt && <> · next attempt {timeFormat.format(delivery.nextAttemptAt)} UTC</>}
                  {delivery.status === "pending" && !delivery.nextAttemptAt && <> · first attempt under way</>}
                </p>
                {delivery.lastError && <p className="text-red-700">{delivery.lastError}</p>}
                {delivery.responseBody && (
                  <details>
                    <summary className="cursor-pointer text-slate-600">Response body (first 1,000 characters)</summary>
                    <pre className="mt-1 max-h-40 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all">{delivery.responseBody}</pre>
                  </details>
                )}
                {delivery.status !== "pending" && endpoint.enabled && (
                  <ActionButton secondary action={resendWebhookDeliveryForm} fields={{ deliveryId: delivery.id }} label="Send again" pendingLabel="Queuing…" success="Queued: it appears above as a new delivery." />
                )}
              </li>
            ))}
          </ul>
        )}
        <Pager page={page} pageCount={pages} total={total} label="deliveries" hrefFor={(p) => listHref(`/settings/webhooks/${endpoint.id}`, {}, p)} />
      </section>

      <section className="card space-y-3" aria-labelledby="kinds-heading">
        <h2 id="kinds-heading" className="text-lg font-medium">Events it receives</h2>
        <EventKindsForm key={endpoint.eventKinds.join(",")} endpointId={endpoint.id} kinds={endpoint.eventKinds} />
      </section>

      <section className="card space-y-3" aria-labelledby="manage-heading">
        <h2 id="manage-heading" className="text-lg font-medium">Secret and status</h2>
        <div className="flex flex-wrap items-start gap-3">
          <RotateSecret endpointId={endpoint.id} />
          {endpoint.enabled ? (
            <ConfirmAction
              action={setWebhookEndpointEnabledForm}
              fields={{ endpointId: endpoint.id, enabled: "false" }}
              label="Disable"
              question="Disable this endpoint?"
              description="No new events go to it, and deliveries still being retried fail at their next attempt. You can enable it again."
              confirmLabel="Yes, disable it"
              pendingLabel="Disabling…"
            />
          ) : (
            <ActionButton secondary action={setWebhookEndpointEnabledForm} fields={{ endpointId: endpoint.id, enabled: "true" }} label="Enable" pendingLabel="Enabling…" />
          )}
        </div>
      </section>
    </div>
  );
}
