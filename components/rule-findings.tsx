import Link from "next/link";
import { useLocale } from "next-intl";
import { explainFinding, ruleText, type Finding } from "@/lib/rules";

/**
 * Blocking findings: the rule's id (linking to the rule) and our explanation of the concrete case, in the page's
 * language (a finding that carries its message renders in any language; one without keeps its English text).
 */
export function RuleFindings({ findings }: { findings: Finding[] }) {
  const locale = useLocale();
  if (findings.length === 0) return null;
  return (
    <ul className="space-y-2">
      {findings.map((finding) => (
        <li key={`${finding.ruleId}:${finding.explanation}`} className="rounded-md border border-red-200 bg-red-50 p-3 text-sm break-words">
          <Link href={`/rules#${finding.ruleId}`} className="font-mono text-xs font-semibold text-red-800 underline">
            {finding.ruleId}
          </Link>
          <span className="ml-2 font-medium">{ruleText(finding.ruleId, locale).title}</span>
          <p className="mt-1 text-slate-800">{explainFinding(finding, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
