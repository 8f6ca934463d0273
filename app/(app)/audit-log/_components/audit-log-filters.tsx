import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { auditEventKindOptions } from "@/lib/audit/event-kinds";
import type { Locale } from "@/lib/i18n/locales";
import type { AuditLogQuery } from "@/lib/validation/audit-log";

/**
 * The filters as a plain GET form: the URL holds them, so a filtered view can be bookmarked and the export link
 * repeats the same question. Values typed stay in the boxes after a refusal.
 */
export function AuditLogFilters({ values }: { values: Partial<Record<keyof AuditLogQuery, string>> }) {
  const t = useTranslations("audit.filters");
  const locale = useLocale() as Locale;
  return (
    <form method="get" action="/audit-log" className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("label")}>
      <div className="text-sm">
        <label htmlFor="audit-person" className="block font-medium">{t("person")}</label>
        <input id="audit-person" name="person" type="text" inputMode="email" defaultValue={values.person ?? ""} className="input mt-1 w-full" autoComplete="off" />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-kind" className="block font-medium">{t("kind")}</label>
        <select id="audit-kind" name="kind" defaultValue={values.kind ?? ""} className="input mt-1 w-full">
          <option value="">{t("anyKind")}</option>
          {auditEventKindOptions(locale).map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="audit-record" className="block font-medium">{t("record")}</label>
        <input id="audit-record" name="record" type="text" defaultValue={values.record ?? ""} className="input mt-1 w-full" autoComplete="off" />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-from" className="block font-medium">{t("from")}</label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ""} className="input mt-1 w-full" />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-to" className="block font-medium">{t("to")}</label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} className="input mt-1 w-full" />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="btn-primary">{t("filter")}</button>
        <Link href="/audit-log" className="text-sm text-brand-700 underline">{t("clear")}</Link>
      </div>
    </form>
  );
}
