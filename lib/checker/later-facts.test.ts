// The checker's optional facts for the later program versions: only answered ones reach the proposal and the link.
import { describe, expect, it } from "vitest";
import { evaluate, spanOn, describeSpan } from "@/lib/rules";
import { buildProposal } from "./proposal";
import { defaultScenario, NO_LATER_ANSWERS, readyPartner, type Scenario } from "./scenario";
import { scenarioFromQuery, scenarioToQuery } from "./url";

const transact = (later = NO_LATER_ANSWERS, on = "2024-06-01"): Scenario => ({
  ...defaultScenario(on),
  action: "transact-new-business",
  me: readyPartner("indirect-provider", "NL"),
  other: { ...readyPartner("indirect-reseller", "DE"), later },
});

describe("later facts in the checker", () => {
  it("a blank fact stays out of the proposal, so the rule names it", () => {
    const proposal = buildProposal(transact());
    expect(proposal.action === "transact-new-business" && proposal.reseller).not.toHaveProperty("resellerSince");
    expect(evaluate(proposal).missingFacts).toEqual(["reseller.resellerSince"]);
  });

  it("answered facts decide the rule, and the verdict over time shows when it flipped", () => {
    const scenario = transact({ ...NO_LATER_ANSWERS, resellerSince: "2021-04-01", anniversaryRevenueUsd: "250" });
    const proposal = buildProposal(scenario);
    expect(evaluate(proposal).allowed).toBe(false);
    expect(describeSpan(spanOn(proposal))).toBe("blocked from 2024-04-01");
    expect(describeSpan(spanOn(buildProposal({ ...scenario, on: "2023-12-01" })))).toBe("allowed until 2024-03-31");
  });

  it("a bad amount counts as blank, not as zero", () => {
    const proposal = buildProposal(transact({ ...NO_LATER_ANSWERS, resellerSince: "2021-04-01", anniversaryRevenueUsd: "-5" }));
    expect(evaluate(proposal).missingFacts).toEqual(["reseller.anniversaryRevenueUsd"]);
  });

  it("survives a shared link, and a link without them leaves them out", () => {
    const scenario = transact({ ...NO_LATER_ANSWERS, resellerSince: "2021-04-01", anniversaryRevenueUsd: "250", assessedOn: "" });
    const query = scenarioToQuery(scenario);
    expect(query).toContain("other_since=2021-04-01");
    expect(query).not.toContain("other_assessed");
    expect(scenarioFromQuery(new URLSearchParams(query), defaultScenario("2026-01-01")).other.later).toEqual(scenario.other.later);
    expect(scenarioFromQuery(new URLSearchParams("action=sell&other_revenue=abc"), defaultScenario("2026-01-01")).other.later).toBeUndefined();
  });
});
