import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/rules";
import { Refusal } from "@/lib/errors";
import { ON, provider, reseller } from "@/test/rules/fixtures";
import { blockingFindings, refuseForRules } from "./verdicts";

function refusalOf(run: () => void): Refusal {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error("no refusal");
}

describe("a refusal with the rules' reasons", () => {
  // A reseller that never accepted the MPA: the provider may not start new business with it.
  const verdict = evaluate({ action: "transact-new-business", on: ON, actor: provider(), reseller: reseller({ mpaAcceptedOn: null }), relationship: "active" });
  const findings = blockingFindings(verdict);

  it("reads the same in English as before (logs, the API and the tests compare it)", () => {
    expect(findings.length).toBeGreaterThan(0);
    const refusal = refusalOf(() => refuseForRules("Not allowed.", findings));
    expect(refusal.message).toBe(["Not allowed.", ...findings.map((finding) => `${finding.ruleId}: ${finding.explanation}`)].join(" "));
  });

  it("is worded in Dutch for a Dutch reader, rule ids kept, no English explanation left", () => {
    const refusal = refusalOf(() => refuseForRules("Not allowed.", findings));
    const dutch = refusal.inLanguage!("nl");
    expect(dutch).not.toContain("Not allowed.");
    for (const finding of findings) {
      expect(dutch).toContain(`${finding.ruleId}: `);
      expect(dutch).not.toContain(finding.explanation);
    }
  });
});
