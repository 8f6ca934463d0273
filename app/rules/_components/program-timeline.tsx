// The program's dated versions, oldest first: when each took effect, what changed and where it is written; then the
// region-table changes whose dates are known only as a range, which the rules list but never apply.
import { getLocale, getTranslations } from "next-intl/server";
import { PROGRAM_VERSIONS, dateText, localizeVersion, rulesMessages, undatedChanges } from "@/lib/rules";
import table from "@/lib/rules/regions.json";

const UNDATED = undatedChanges(table.laterChanges);

export async function ProgramTimeline() {
  const t = await getTranslations("rules.timeline");
  const locale = await getLocale();
  const undatedWords = rulesMessages(locale).undatedChanges;
  const changeLine = (ruleId: string, summary: string) =>
    t.rich("change", {
      ruleId,
      summary,
      rule: (chunks) => (
        <a href={`#${ruleId}`} className="font-mono text-xs text-brand-700 underline">
          {chunks}
        </a>
      ),
    });
  const sourceLine = (document: string, date: string) =>
    t.rich("source", { document, date: dateText(date, locale), time: (chunks) => <time dateTime={date}>{chunks}</time> });
  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <ol className="mt-4 space-y-4 border-l-2 border-brand-200 pl-4" data-testid="program-timeline">
        {PROGRAM_VERSIONS.map((original) => {
          const version = localizeVersion(original, locale);
          return (
            <li key={version.id} id={`version-${version.id}`} className="scroll-mt-4 break-words">
              <p className="font-mono text-sm font-semibold text-brand-700">
                <time dateTime={version.effective}>{dateText(version.effective, locale)}</time>
              </p>
              <h3 className="font-semibold">{version.title}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {version.changes.length > 3 ? (
                  <li>{t("everyRule")}</li>
                ) : (
                  version.changes.map((change) => <li key={change.ruleId}>{changeLine(change.ruleId, change.summary)}</li>)
                )}
              </ul>
              <p className="mt-1 text-xs text-slate-600">
                {sourceLine(version.source.document, version.source.date)}
              </p>
            </li>
          );
        })}
      </ol>
      <h3 className="mt-6 font-semibold">{t("undatedHeading")}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("undatedIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="undated-changes">
        {UNDATED.map((change, index) => (
          <li key={change.change}>{t("undatedChange", { from: change.from, to: change.to, change: undatedWords[index] ?? change.change })}</li>
        ))}
      </ul>
    </section>
  );
}
