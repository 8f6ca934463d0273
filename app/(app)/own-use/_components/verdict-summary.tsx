import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/rules";

/** A verdict for a signed-in partner: allowed, or the failing rules with their explanations and the ways out. */
export function VerdictSummary({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("ownUse.verdict");
  const failing = verdict.findings.filter((finding) => finding.outcome === "fail");
  const notes = verdict.findings.filter((finding) => finding.outcome === "info");
  return (
    <div className={`mt-4 rounded-md border p-4 text-sm ${verdict.allowed ? "border-green-200 bg-green-50" : "border-red-200 bg-red-50"}`} role="status" aria-label={t("label")}>
      <p className="font-medium">{verdict.allowed ? t("allowed") : t("notAllowed")}</p>
      {failing.length > 0 && (
        <ul className="mt-2 space-y-1">
          {failing.map((finding) => (
            <li key={finding.ruleId}>
              <span className="font-mono text-xs">{finding.ruleId}</span> {finding.explanation}
            </li>
          ))}
        </ul>
      )}
      {notes.map((finding) => (
        <p key={finding.ruleId} className="mt-2 text-slate-700">
          <span className="font-mono text-xs">{finding.ruleId}</span> {finding.explanation}
        </p>
      ))}
      {verdict.remedies.length > 0 && (
        <div className="mt-3">
          <h3 className="font-medium">{t("waysOut")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {verdict.remedies.map((remedy) => (
              <li key={remedy.id}>
                <span className="font-medium">{remedy.title}.</span> {remedy.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
