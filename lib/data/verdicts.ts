import "server-only";
import { refuseWorded } from "@/lib/errors";
import { explainFinding, type Finding, type Verdict } from "@/lib/rules";
import { localizeMessage } from "@/lib/i18n/localize-message";

/** The failing findings of several verdicts, each rule and explanation once. */
export function blockingFindings(...verdicts: Verdict[]): Finding[] {
  const seen = new Set<string>();
  const blocking: Finding[] = [];
  for (const verdict of verdicts) {
    for (const finding of verdict.findings) {
      const key = `${finding.ruleId}:${finding.explanation}`;
      if (finding.outcome !== "fail" || seen.has(key)) continue;
      seen.add(key);
      blocking.push(finding);
    }
  }
  return blocking;
}

/** A refusal users can act on: each blocking rule by id, with our explanation. */
export function refusalMessage(lead: string, findings: Finding[]): string {
  return [lead, ...findings.map((finding) => `${finding.ruleId}: ${finding.explanation}`)].join(" ");
}

/**
 * Refuses with the rules' reasons: the English message every log and the API read, and the same in the reader's
 * language for the app (the lead from the errors catalogue, each explanation from the rules' own catalogue).
 */
export function refuseForRules(lead: string, findings: Finding[]): never {
  refuseWorded(refusalMessage(lead, findings), (locale) =>
    [localizeMessage(lead, locale), ...findings.map((finding) => `${finding.ruleId}: ${explainFinding(finding, locale)}`)].join(" "),
  );
}

/** The failing findings of a verdict, as "RULE-ID: explanation" sentences a user can act on. */
export function failingReasons(verdict: Verdict): string[] {
  return blockingFindings(verdict).map((finding) => `${finding.ruleId}: ${finding.explanation}`);
}

/** Refuses the action (the transaction rolls back) with the rules' own reasons when the verdict blocks it. */
export function refuseUnlessAllowed(verdict: Verdict, only?: (ruleId: string) => boolean): void {
  const failing = blockingFindings(verdict).filter((finding) => !only || only(finding.ruleId));
  if (failing.length > 0) refuseForRules("Not allowed.", failing);
}
