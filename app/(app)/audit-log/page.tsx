import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/data/require-actor";
import { listAuditEvents, mayReadAuditLog } from "@/lib/data/audit-log";
import { auditEventLabel } from "@/lib/audit/event-kinds";
import { formatDateTime } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";
import { auditLogHref, parseAuditLogQuery, type AuditLogQuery } from "@/lib/validation/audit-log";
import { AuditLogFilters } from "./_components/audit-log-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.page");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActor("audit-log.view");
  const t = await getTranslations("audit.page");
  const locale = (await getLocale()) as Locale;
  const params = await searchParams;
  const first = (name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const typed = { person: first("person"), kind: first("kind"), record: first("record"), from: first("from"), to: first("to") };

  if (!mayReadAuditLog(actor)) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="card text-sm">{t("onlyAdmins")}</p>
      </div>
    );
  }
  const parsed = parseAuditLogQuery(params);
  const page = parsed.ok ? await listAuditEvents(actor, parsed.query) : null;
  const { after: _after, ...filters } = parsed.query;
  const exportHref = auditLogHref(filters as AuditLogQuery, "/audit-log/export");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {actor.role === "support" ? t("introSupport") : t("introOrganization", { organization: actor.organizationName ?? "" })}
        </p>
      </div>
      <AuditLogFilters values={typed} />
      {!parsed.ok ? (
        <div role="alert" className="card border-red-300 text-sm text-red-800">
          <p className="font-medium">{t("problems")}</p>
          <ul className="mt-1 list-disc pl-5">
            {parsed.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <a href={exportHref} className="btn-secondary px-3 py-1" download>
              {t("export")}
            </a>
            {parsed.query.after !== undefined && (
              <Link href={auditLogHref(filters as AuditLogQuery)} className="text-brand-700 underline">
                {t("backToNewest")}
              </Link>
            )}
          </div>
          {page!.events.length === 0 ? (
            <p className="card text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <div className="card overflow-x-auto p-0">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("caption")}</caption>
                <thead className="border-b border-slate-200 bg-slate-50">
                  <tr>
                    <th scope="col" className="px-4 py-2">{t("when")}</th>
                    <th scope="col" className="px-4 py-2">{t("event")}</th>
                    <th scope="col" className="px-4 py-2">{t("who")}</th>
                    <th scope="col" className="hidden px-4 py-2 md:table-cell">{t("record")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page!.events.map((event) => (
                    <tr key={event.id} className="border-b border-slate-100 align-top last:border-0" data-testid="audit-event">
                      <td className="whitespace-nowrap px-4 py-2">
                        <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt, locale)}</time>
                      </td>
                      <th scope="row" className="px-4 py-2 font-normal">
                        <Link href={`/audit-log/${event.id}`} className="text-brand-700 underline">
                          {auditEventLabel(event.action, locale)}
                        </Link>
                        <span className="block text-xs text-slate-500 md:hidden">
                          {event.entityType} {event.entityId}
                        </span>
                      </th>
                      <td className="px-4 py-2">
                        {event.actorName ?? "—"}
                        {event.actorName && <span className="block text-xs text-slate-500">{event.actorOrganizationName ?? t("programSupport")}</span>}
                      </td>
                      <td className="hidden px-4 py-2 md:table-cell">
                        <span className="text-slate-600">{event.entityType}</span>{" "}
                        <Link href={auditLogHref({ record: event.entityId })} className="break-all font-mono text-xs text-brand-700 underline" aria-label={t("onlyRecord", { type: event.entityType, id: event.entityId })}>
                          {event.entityId}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {page!.nextAfter !== null && (
            <nav aria-label={t("pages")} className="text-sm">
              <Link href={auditLogHref({ ...(filters as AuditLogQuery), after: page!.nextAfter })} className="btn-secondary px-3 py-1" rel="next">
                {t("older")}
              </Link>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
