// One rule's history: every version that changed it, oldest first, each with its source, in the page's language.
import { getTranslations } from "next-intl/server";
import { dateText, ruleHistory, type RuleId } from "@/lib/rules";

export async function RuleHistory({ ruleId, locale }: { ruleId: RuleId; locale: string }) {
  const t = await getTranslations("rules.history");
  const history = ruleHistory(ruleId, locale);
  if (history.length <= 1) {
    return <p className="mt-3 text-xs text-slate-600">{t("unchanged", { date: dateText("2020-02-01", locale) })}</p>;
  }
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold">{t("heading")}</h3>
      <ol className="mt-1 space-y-1 text-sm" data-testid={`history-${ruleId}`}>
        {history.map(({ version, summary }) => (
          <li key={version.id}>
            <a href={`#version-${version.id}`} className="font-mono text-xs text-brand-700 underline">
              {dateText(version.effective, locale)}
            </a>{" "}
            {version.changes.length > 3 ? t("asTheArticleStates") : summary}{" "}
            <span className="text-xs text-slate-600">{t("source", { document: version.source.document, date: dateText(version.source.date, locale) })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
