import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listWebhookEndpoints } from "@/lib/data/webhooks";
import { webhookEventKinds } from "@/lib/webhooks/event-kinds";
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteWebhookEndpointForm } from "./actions";
import { NewEndpointForm } from "./_components/new-endpoint-form";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requireActor("webhooks.manage");
  const endpoints = await listWebhookEndpoints(actor);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> / Webhooks
      </p>
      <h1 className="text-2xl font-semibold">Webhooks</h1>
      <p className="text-sm text-slate-600">
        Your systems hear of what happens to {actor.organizationName} as it happens: each event is POSTed as JSON to the
        endpoints that chose it, signed per the Standard Webhooks scheme (headers <code>webhook-id</code>,{" "}
        <code>webhook-timestamp</code>, <code>webhook-signature</code>). A failed delivery is tried again with a growing
        wait for 24 hours.
      </p>

      <section className="card space-y-3" aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading" className="text-lg font-medium">Endpoints</h2>
        {endpoints.length === 0 ? (
          <EmptyState>No endpoints yet. Add one below.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {endpoints.map((endpoint) => (
              <li key={endpoint.id} className="flex flex-wrap items-start gap-3 py-3 text-sm" data-testid="webhook-endpoint">
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="font-medium break-all">
                    <Link href={`/settings/webhooks/${endpoint.id}`} className="text-brand-700 underline">
                      {endpoint.url}
                    </Link>{" "}
                    {endpoint.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="slate">Disabled</Badge>}
                  </p>
                  <p className="text-slate-600">{endpoint.eventKinds.map((kind) => webhookEventKinds[kind] ?? kind).join("; ")}</p>
                </div>
                <ConfirmAction
                  compact
                  action={deleteWebhookEndpointForm}
                  fields={{ endpointId: endpoint.id }}
                  label={<>Delete<span className="sr-only"> the endpoint {endpoint.url}</span></>}
                  question="Delete this endpoint?"
                  description={<>Events stop going to <span className="break-all">{endpoint.url}</span> and its delivery log is deleted with it. This cannot be undone.</>}
                  confirmLabel="Yes, delete it"
                  pendingLabel="Deleting…"
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="new-endpoint-heading">
        <h2 id="new-endpoint-heading" className="text-lg font-medium">Add an endpoint</h2>
        <p className="text-sm text-slate-600">
          The address must use https:// and reach the public internet; addresses on private, loopback or link-local
          networks are refused.
        </p>
        <NewEndpointForm />
      </section>
    </div>
  );
}
