import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/data/require-actor";
import { getAuditEvent } from "@/lib/data/audit-log";
import { auditEventLabel } from "@/lib/audit/event-kinds";
import { formatDateTime } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";
import { auditLogHref } from "@/lib/validation/audit-log";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.event");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

/** One audit event with what changed; another organization's event answers "not found", like a missing one. */
export default async function AuditEventPage({ params }: Props) {
  const actor = await requireActor("audit-log.view");
  const { id } = await params;
  const event = /^\d{1,15}$/.test(id) ? await getAuditEvent(actor, Number(id)) : null;
  if (!event) notFound();
  const t = await getTranslations("audit.event");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/audit-log" className="text-brand-700 underline">{t("auditLog")}</Link> / {t("breadcrumb", { id: event.id })}
      </p>
      <h1 className="text-2xl font-semibold">{auditEventLabel(event.action, locale)}</h1>
      <dl className="card grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{t("when")}</dt>
        <dd>
          <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt, locale)}</time>
        </dd>
        <dt className="font-medium">{t("who")}</dt>
        <dd>
          {event.actorName
            ? t("whoValue", { name: event.actorName, email: event.actorEmail ?? "", organization: event.actorOrganizationName ?? t("programSupport") })
            : t("notRecorded")}
        </dd>
        <dt className="font-medium">{t("kind")}</dt>
        <dd className="font-mono text-xs">{event.action}</dd>
        <dt className="font-medium">{t("record")}</dt>
        <dd>
          {event.entityType}{" "}
          <Link href={auditLogHref({ record: event.entityId })} className="break-all font-mono text-xs text-brand-700 underline">
            {event.entityId}
          </Link>
        </dd>
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        <Change title={t("before")} value={event.before} nothing={t("nothing")} />
        <Change title={t("after")} value={event.after} nothing={t("nothing")} />
      </div>
    </div>
  );
}

function Change({ title, value, nothing }: { title: string; value: unknown; nothing: string }) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="text-sm font-medium">{title}</h2>
      {value === null || value === undefined ? (
        <p className="mt-2 text-sm text-slate-600">{nothing}</p>
      ) : (
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all text-xs">{JSON.stringify(value, null, 2)}</pre>
      )}
    </section>
  );
}
