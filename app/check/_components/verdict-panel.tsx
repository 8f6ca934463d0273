// The answer: allowed or blocked, why (each finding with its rule and the article's section), the chain with the
// failing step marked, and what to do next. Its status line is the live region screen readers announce. The
// verdict comes in the page's language (`checkerView(scenario, locale)`, lib/checker/view.ts); this component only
// shows it, and loads none of the rules itself.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { FindingView, VerdictView } from "@/lib/checker/view";
import { dateText } from "@/lib/rules/dates";
import { isLocale, localizedPublicPath } from "@/lib/i18n/locales";
import { ChainDiagram } from "./chain-diagram";

const ORDER: Record<FindingView["outcome"], number> = { fail: 0, info: 1, pass: 2 };
const OUTCOME_STYLES: Record<FindingView["outcome"], string> = {
  fail: "bg-red-100 text-red-800",
  info: "bg-amber-100 text-amber-900",
  pass: "bg-green-100 text-green-800",
};

export function VerdictPanel({ verdict }: { verdict: VerdictView }) {
  const t = useTranslations("check.verdict");
  const locale = useLocale();
  const rulesPath = localizedPublicPath("/rules", isLocale(locale) ? locale : "en");
  const remedyLine = (title: string, detail: string) => t.rich("remedy", { title, detail, name: (chunks) => <span className="font-medium">{chunks}</span> });
  const findings = [...verdict.findings].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  // The line under "Allowed" or "Blocked": which rules block, or how it is allowed.
  const summary = !verdict.allowed
    ? t("blockedBy", { titles: verdict.findings.filter((finding) => finding.outcome === "fail").map((finding) => finding.title).join("; ") })
    : verdict.routedTo === "program-support"
      ? t("asRequest")
      : t("everyRuleMet");
  return (
    <section aria-labelledby="verdict-heading" id="verdict" className="card min-h-[32rem] space-y-5 p-4 sm:p-6">
      <h2 id="verdict-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {/* Fixed to the bottom of small screens, so the answer stays in sight while answering; in the panel on wide ones. */}
      <div
        className={`fixed inset-x-0 bottom-0 z-10 flex min-h-16 items-center gap-3 border-t-4 px-4 py-2 shadow-lg lg:static lg:z-auto lg:rounded-md lg:border-t-0 lg:border-l-4 lg:shadow-none ${
          verdict.allowed ? "border-green-600 bg-green-50 text-green-900" : "border-red-600 bg-red-50 text-red-900"
        }`}
      >
        <div role="status" aria-live="polite" aria-atomic="true" data-testid="verdict-status" className="min-w-0 flex-1 text-sm break-words">
          <p className="text-base font-semibold">{verdict.allowed ? t("allowed") : t("blocked")}</p>
          <p>{summary}</p>
        </div>
        <a href="#verdict-details" className="shrink-0 text-sm font-medium underline lg:hidden">
          {t("why")}
        </a>
      </div>

      <div id="verdict-details" className="scroll-mt-4">
        <h3 className="text-sm font-semibold">{t("supportedChain")}</h3>
        <div className="mt-2">
          <ChainDiagram chains={verdict.chains} />
        </div>
      </div>

      {verdict.missingFacts && (
        <div data-testid="missing-facts">
          <h3 className="text-sm font-semibold">{t("missingFactsHeading")}</h3>
          <p className="mt-1 text-sm break-words text-slate-700">
            {t("missingFacts", { version: dateText(verdict.version.effective, locale), facts: verdict.missingFacts.join(", ") })}
          </p>
        </div>
      )}

      {verdict.remedies.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t("nextSteps")}</h3>
          <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
            {verdict.remedies.map((remedy) => (
              <li key={remedy.id}>
                {remedyLine(remedy.title, remedy.detail)}
              </li>
            ))}
          </ol>
        </div>
      )}

      <div>
        <h3 className="text-sm font-semibold">{t("whyHeading")}</h3>
        <ul className="mt-2 space-y-3" aria-label={t("findings")}>
          {findings.map((finding, index) => (
            <li key={`${finding.ruleId}-${index}`} className="border-t border-slate-100 pt-3 text-sm first:border-t-0 first:pt-0" data-outcome={finding.outcome}>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${OUTCOME_STYLES[finding.outcome]}`}>{t(`outcome.${finding.outcome}`)}</span>
                <span className="font-medium">{finding.title}</span>
              </p>
              <p className="mt-1 break-words text-slate-700">{finding.explanation}</p>
              <p className="mt-1 text-xs break-words text-slate-600">
                {t("article", { section: finding.section })} ·{" "}
                <Link href={`${rulesPath}#${finding.ruleId}`} className="text-brand-700 underline">
                  {finding.ruleId}
                </Link>{" "}
                ·{" "}
                <Link href={`${rulesPath}#version-${finding.version.id}`} className="text-brand-700 underline">
                  {t("versionOf", { date: dateText(finding.version.effective, locale) })}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
