import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listWebhookEndpoints } from "@/lib/data/webhooks";
import { eventKindKeyOf } from "./_components/event-kind-key";
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteWebhookEndpointForm } from "./actions";
import { NewEndpointForm } from "./_components/new-endpoint-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhooksPage() {
  const actor = await requireActor("webhooks.manage");
  const endpoints = await listWebhookEndpoints(actor);
  const t = await getTranslations("webhooks");
  const settings = await getTranslations("settings");
  const settingsTitle = settings("title");
  const intro = t.rich("intro", {
    organization: actor.organizationName ?? "",
    id: "webhook-id",
    timestamp: "webhook-timestamp",
    signature: "webhook-signature",
    code: (chunks) => <code>{chunks}</code>,
  });
  const deleteLabel = (url: string) => t.rich("list.delete", { url, hidden: (chunks) => <span className="sr-only">{chunks}</span> });
  const deleteDescription = (url: string) => t.rich("list.deleteDescription", { url, wrap: (chunks) => <span className="break-all">{chunks}</span> });
  const kindLabel = (kind: string) => {
    const key = eventKindKeyOf(kind);
    return key ? t(`eventKind.${key}`) : kind;
  };
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{settingsTitle}</Link> / {t("title")}
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">
        {intro}
      </p>

      <section className="card space-y-3" aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading" className="text-lg font-medium">{t("list.heading")}</h2>
        {endpoints.length === 0 ? (
          <EmptyState>{t("list.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {endpoints.map((endpoint) => (
              <li key={endpoint.id} className="flex flex-wrap items-start gap-3 py-3 text-sm" data-testid="webhook-endpoint">
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="font-medium break-all">
                    <Link href={`/settings/webhooks/${endpoint.id}`} className="text-brand-700 underline">
                      {endpoint.url}
                    </Link>{" "}
                    {endpoint.enabled ? <Badge tone="green">{t("enabled")}</Badge> : <Badge tone="slate">{t("disabled")}</Badge>}
                  </p>
                  <p className="text-slate-600">{endpoint.eventKinds.map(kindLabel).join("; ")}</p>
                </div>
                <ConfirmAction
                  compact
                  action={deleteWebhookEndpointForm}
                  fields={{ endpointId: endpoint.id }}
                  label={deleteLabel(endpoint.url)}
                  question={t("list.deleteQuestion")}
                  description={deleteDescription(endpoint.url)}
                  confirmLabel={t("list.deleteConfirm")}
                  pendingLabel={t("list.deleting")}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="new-endpoint-heading">
        <h2 id="new-endpoint-heading" className="text-lg font-medium">{t("newEndpoint.heading")}</h2>
        <p className="text-sm text-slate-600">{t("newEndpoint.intro")}</p>
        <NewEndpointForm />
      </section>
    </div>
  );
}
