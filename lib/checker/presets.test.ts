import { describe, expect, it } from "vitest";
import { evaluate, type Verdict } from "@/lib/rules";
import { SCENARIO_EXAMPLES } from "@/test/rules/scenario-examples";
import { buildProposal } from "./proposal";
import { PRESETS } from "./presets";

const failing = (verdict: Verdict) => verdict.findings.filter((f) => f.outcome === "fail").map((f) => f.ruleId);

// Which reference example each preset stands for (the API docs show the same ones).
const mirrors: Record<string, string> = {
  "sell-end-to-end": "Sample scenario 1: end-to-end sale through provider and reseller",
  "another-partners-service": "Sample scenario 2: the customer also buys from other partners",
  "partner-manages-subscriptions": "Sample scenario 3: a customer hires another partner to manage its subscriptions",
  "buy-for-own-use": "Sample scenario 4: a partner buys for its own use into its CSP tenant",
  "sell-to-itself": "Sample scenario 5: a partner sells to an affiliate",
  "reseller-buys-as-customer": "Sample scenario 6: a reseller buys as end customer of its own provider",
  "sell-to-another-region": "Sample scenario 7: a reseller sells to a customer in another region",
  "link-reseller-another-region": "Sample scenario 8: a provider links with a reseller in another region",
};

describe("the eight presets", () => {
  it("cover the article's eight sample scenarios once each", () => {
    expect(PRESETS.map((preset) => preset.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Sample scenario ${n}`));
  });

  it.each(PRESETS.map((preset) => [preset.label, preset] as const))("%s gets the verdict of its reference example", (_label, preset) => {
    const example = SCENARIO_EXAMPLES.find((candidate) => candidate.title === mirrors[preset.id]);
    expect(example).toBeDefined();
    const verdict = evaluate(buildProposal(preset.scenario));
    expect(verdict.allowed).toBe(example!.allowed);
    expect(failing(verdict)).toEqual(example!.failing);
    expect(verdict.allowed).toBe(preset.expected.allowed);
    expect(verdict.findings.map((finding) => finding.ruleId)).toContain(preset.expected.rule);
  });
});
