import "server-only";
import { refuse } from "@/lib/actions/define-action";
import type { Verdict } from "@/lib/rules";

/** The failing findings of a verdict, as "RULE-ID: explanation" sentences a user can act on. */
export function failingReasons(verdict: Verdict): string[] {
  return verdict.findings
    .filter((finding) => finding.outcome === "fail")
    .map((finding) => `${finding.ruleId}: ${finding.explanation}`);
}

/** Refuses the action (the transaction rolls back) with the rules' own reasons when the verdict blocks it. */
export function refuseUnlessAllowed(verdict: Verdict, only?: (ruleId: string) => boolean): void {
  const failing = verdict.findings.filter((finding) => finding.outcome === "fail" && (!only || only(finding.ruleId)));
  if (failing.length === 0) return;
  refuse(`Not allowed. ${failing.map((finding) => `${finding.ruleId}: ${finding.explanation}`).join(" ")}`);
}
