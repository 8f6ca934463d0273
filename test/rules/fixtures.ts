// Builders for tests and the benchmark: partners that meet every requirement, to be spoiled one fact at a time.
import type { Finding, Partner, RuleId, Verdict } from "@/lib/rules/types";

export const ON = "2020-05-12"; // the article's date

export function provider(overrides: Partial<Partner> = {}): Partner {
  return { type: "indirect-provider", country: "NL", partnerId: "1000001", onboarded: true, enrolled: true, mpaAcceptedOn: "2019-11-01", ...overrides };
}

export function reseller(overrides: Partial<Partner> = {}): Partner {
  return { type: "indirect-reseller", country: "DE", partnerId: "2000002", onboarded: true, enrolled: true, mpaAcceptedOn: "2019-12-01", ...overrides };
}

export function directBill(overrides: Partial<Partner> = {}): Partner {
  return {
    type: "direct-bill",
    country: "FR",
    partnerId: "3000003",
    onboarded: true,
    enrolled: true,
    mpaAcceptedOn: "2020-01-15",
    directBill: { apiIntegration: true, billing: true, support: true, managedServices: true },
    ...overrides,
  };
}

/** The finding for a rule; fails the test when the verdict has none. */
export function findingFor(verdict: Verdict, ruleId: RuleId): Finding {
  const finding = verdict.findings.find((candidate) => candidate.ruleId === ruleId);
  if (!finding) throw new Error(`verdict has no finding for ${ruleId}: ${verdict.findings.map((f) => f.ruleId).join(", ")}`);
  return finding;
}

export function failingRules(verdict: Verdict): RuleId[] {
  return verdict.findings.filter((finding) => finding.outcome === "fail").map((finding) => finding.ruleId);
}
