import "server-only";
import type { Finding, Verdict } from "@/lib/rules";

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
