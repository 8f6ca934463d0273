import { getActor } from "@/lib/data/actor";
import { allAuditEvents, mayReadAuditLog, type AuditLogEvent } from "@/lib/data/audit-log";
import { csvRows, toCsv } from "@/lib/csv";
import { auditEventLabel } from "@/lib/audit/event-kinds";
import { parseAuditLogQuery } from "@/lib/validation/audit-log";
import { searchParamWithControlCharacters } from "@/lib/validation/fields";
import type { Locale } from "@/lib/i18n/locales";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";

const COLUMNS = ["event", "occurredAt", "kind", "description", "person", "personEmail", "organization", "recordType", "recordId", "before", "after"] as const;

/** The header row in the reader's language; the cells stay data (ids, ISO times, JSON), the description is a label. */
function header(locale: Locale): string[] {
  const t = translator(locale, "audit");
  return COLUMNS.map((column) => t(`csv.${column}`));
}

function row(event: AuditLogEvent, locale: Locale) {
  return [
    event.id,
    event.occurredAt.toISOString(),
    event.action,
    auditEventLabel(event.action, locale),
    event.actorName,
    event.actorEmail,
    event.actorName ? (event.actorOrganizationName ?? translator(locale, "audit")("csv.programSupport")) : null,
    event.entityType,
    event.entityId,
    event.before === null ? null : JSON.stringify(event.before),
    event.after === null ? null : JSON.stringify(event.after),
  ];
}

/**
 * The audit log as CSV, with the page's filters, streamed batch by batch (keyset) so any number of events leaves
 * in constant memory. The one gate decides who is asking; the data layer scopes what they read.
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!mayReadAuditLog(actor)) return Response.json({ error: "Not found." }, { status: 404 });
  const params = new URL(request.url).searchParams;
  const malformed = searchParamWithControlCharacters(params);
  if (malformed !== null) return Response.json({ error: `The parameter "${malformed}" contains control characters.` }, { status: 400 });
  const parsed = parseAuditLogQuery(params);
  if (!parsed.ok) return Response.json({ error: parsed.problems.join(" ") }, { status: 400 });

  const locale = await getRequestLocale();
  const batches = allAuditEvents(actor, parsed.query);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsv(header(locale), [])));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(csvRows(next.value.map((event) => row(event, locale)))));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
