// When the verdict would flip if only the date moved. The spans come from the rules library (`verdictSpans`, over
// the program's version boundaries and the dates in the facts, described by `checkerView`); this component only shows
// them, in the page's language.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { SpanView } from "@/lib/checker/view";
import { dateText } from "@/lib/rules/dates";
import { isLocale, localizedPublicPath } from "@/lib/i18n/locales";

export function VerdictOverTime({ spans, on, onPick }: { spans: readonly SpanView[]; on: string; onPick: (date: string) => void }) {
  const t = useTranslations("check.overTime");
  const locale = useLocale();
  const day = (date: string | null) => (date === null ? "" : dateText(date, locale));
  const current = spans.find((span) => (span.from === null || span.from <= on) && (span.until === null || on <= span.until));
  const currentLine = t.rich("current", { span: current ? current.text : t("notKnown"), strong: (chunks) => <strong>{chunks}</strong> });
  const timelineLine = t.rich("timeline", {
    link: (chunks) => (
      <Link href={`${localizedPublicPath("/rules", isLocale(locale) ? locale : "en")}#timeline-title`} className="text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  return (
    <section aria-labelledby="over-time-heading" className="card space-y-2 p-4 text-sm sm:p-6">
      <h2 id="over-time-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p data-testid="verdict-span">
        {currentLine}
      </p>
      {spans.length > 1 && (
        <ol className="space-y-1" aria-label={t("byDate")}>
          {spans.map((span) => (
            <li key={span.from ?? "start"} className="flex flex-wrap items-baseline gap-x-2">
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${span.allowed ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}>
                {span.allowed ? t("allowed") : t("blocked")}
              </span>
              <span>
                {span.from === null
                  ? t("until", { date: day(span.until) })
                  : span.until === null
                    ? t("from", { date: day(span.from) })
                    : t("between", { from: day(span.from), until: day(span.until) })}
              </span>
              {span !== current && (
                <button type="button" className="text-brand-700 underline" onClick={() => onPick(span.from ?? span.until!)}>
                  {t("checkOn", { date: day(span.from ?? span.until) })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="text-xs text-slate-600">
        {timelineLine}
      </p>
    </section>
  );
}
