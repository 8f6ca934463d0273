import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getAuditEvent } from "@/lib/data/audit-log";
import { auditEventLabel } from "@/lib/audit/event-kinds";
import { formatDateTime } from "@/lib/labels";
import { auditLogHref } from "@/lib/validation/audit-log";

export const metadata: Metadata = { title: "Audit event" };

type Props = { params: Promise<{ id: string }> };

/** One audit event with what changed; another organization's event answers "not found", like a missing one. */
export default async function AuditEventPage({ params }: Props) {
  const actor = await requireActor("audit-log.view");
  const { id } = await params;
  const event = /^\d{1,15}$/.test(id) ? await getAuditEvent(actor, Number(id)) : null;
  if (!event) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/audit-log" className="text-brand-700 underline">Audit log</Link> / event #{event.id}
      </p>
      <h1 className="text-2xl font-semibold">{auditEventLabel(event.action)}</h1>
      <dl className="card grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">When (UTC)</dt>
        <dd>
          <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt)}</time>
        </dd>
        <dt className="font-medium">Who</dt>
        <dd>
          {event.actorName ? `${event.actorName} <${event.actorEmail}>, ${event.actorOrganizationName ?? "program support"}` : "Not recorded"}
        </dd>
        <dt className="font-medium">Kind</dt>
        <dd className="font-mono text-xs">{event.action}</dd>
        <dt className="font-medium">Record</dt>
        <dd>
          {event.entityType}{" "}
          <Link href={auditLogHref({ record: event.entityId })} className="break-all font-mono text-xs text-brand-700 underline">
            {event.entityId}
          </Link>
        </dd>
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        <Change title="Before" value={event.before} />
        <Change title="After" value={event.after} />
      </div>
    </div>
  );
}

function Change({ title, value }: { title: string; value: unknown }) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="text-sm font-medium">{title}</h2>
      {value === null || value === undefined ? (
        <p className="mt-2 text-sm text-slate-600">Nothing recorded.</p>
      ) : (
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all text-xs">{JSON.stringify(value, null, 2)}</pre>
      )}
    </section>
  );
}
