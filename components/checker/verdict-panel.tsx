// The answer: allowed or blocked, why (each finding with its rule and the article's section), the chain with the
// failing step marked, and what to do next. Its status line is the live region screen readers announce.
import Link from "next/link";
import type { Finding, Verdict } from "@/lib/rules";
import { ChainDiagram } from "./chain-diagram";

const ORDER: Record<Finding["outcome"], number> = { fail: 0, info: 1, pass: 2 };
const OUTCOME_WORDS: Record<Finding["outcome"], { label: string; style: string }> = {
  fail: { label: "Blocks", style: "bg-red-100 text-red-800" },
  info: { label: "Note", style: "bg-amber-100 text-amber-900" },
  pass: { label: "Passes", style: "bg-green-100 text-green-800" },
};

/** The line under "Allowed" or "Blocked": which rules block, or how it is allowed. */
function summary(verdict: Verdict): string {
  if (!verdict.allowed) {
    return `${verdict.findings.filter((finding) => finding.outcome === "fail").map((finding) => finding.title).join("; ")}.`;
  }
  return verdict.routedTo === "program-support" ? "As a request: program support carries it out." : "Every rule that applies is met.";
}

export function VerdictPanel({ verdict }: { verdict: Verdict }) {
  const findings = [...verdict.findings].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  return (
    <section aria-labelledby="verdict-heading" id="verdict" className="card min-h-[32rem] space-y-5 p-4 sm:p-6">
      <h2 id="verdict-heading" className="text-lg font-semibold">
        Verdict
      </h2>
      {/* Fixed to the bottom of small screens, so the answer stays in sight while answering; in the panel on wide ones. */}
      <div
        className={`fixed inset-x-0 bottom-0 z-10 flex min-h-16 items-center gap-3 border-t-4 px-4 py-2 shadow-lg lg:static lg:z-auto lg:rounded-md lg:border-t-0 lg:border-l-4 lg:shadow-none ${
          verdict.allowed ? "border-green-600 bg-green-50 text-green-900" : "border-red-600 bg-red-50 text-red-900"
        }`}
      >
        <div role="status" aria-live="polite" aria-atomic="true" data-testid="verdict-status" className="flex-1 text-sm">
          <p className="text-base font-semibold">{verdict.allowed ? "Allowed" : "Blocked"}</p>
          <p>{summary(verdict)}</p>
        </div>
        <a href="#verdict-details" className="shrink-0 text-sm font-medium underline lg:hidden">
          Why?
        </a>
      </div>

      <div id="verdict-details" className="scroll-mt-4">
        <h3 className="text-sm font-semibold">Supported chain</h3>
        <div className="mt-2">
          <ChainDiagram chains={verdict.chains} />
        </div>
      </div>

      {verdict.missingFacts && (
        <div data-testid="missing-facts">
          <h3 className="text-sm font-semibold">Facts the rules still need</h3>
          <p className="mt-1 text-sm text-slate-700">
            The {verdict.version.effective} version of the program also looks at {verdict.missingFacts.join(", ")}. This
            check does not ask for them, so those rules are not confirmed; they are not read as met.
          </p>
        </div>
      )}

      {verdict.remedies.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Next steps</h3>
          <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
            {verdict.remedies.map((remedy) => (
              <li key={remedy.id}>
                <span className="font-medium">{remedy.title}.</span> {remedy.detail}
              </li>
            ))}
          </ol>
        </div>
      )}

      <div>
        <h3 className="text-sm font-semibold">Why</h3>
        <ul className="mt-2 space-y-3" aria-label="Findings">
          {findings.map((finding, index) => (
            <li key={`${finding.ruleId}-${index}`} className="border-t border-slate-100 pt-3 text-sm first:border-t-0 first:pt-0" data-outcome={finding.outcome}>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${OUTCOME_WORDS[finding.outcome].style}`}>{OUTCOME_WORDS[finding.outcome].label}</span>
                <span className="font-medium">{finding.title}</span>
              </p>
              <p className="mt-1 text-slate-700">{finding.explanation}</p>
              <p className="mt-1 text-xs text-slate-600">
                Article: {finding.section} ·{" "}
                <Link href={`/rules#${finding.ruleId}`} className="text-brand-700 underline">
                  {finding.ruleId}
                </Link>{" "}
                ·{" "}
                <Link href={`/rules#version-${finding.version.id}`} className="text-brand-700 underline">
                  version of {finding.version.effective}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
