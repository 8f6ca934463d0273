// The browser entry leaves the Dutch words out until a page hands them over; then it speaks Dutch like the full entry.
import { describe, expect, it } from "vitest";
import { ON, reseller } from "@/test/rules/fixtures";
import { addRulesCatalogue, describeSpan, evaluate } from "./browser";
import type { Proposal } from "./types";

const proposal: Proposal = { action: "sell", on: ON, actor: reseller(), relationship: "active", customer: { country: "BR" } };

describe("the browser entry", () => {
  it("answers in English while no Dutch catalogue has been handed over, then in Dutch", async () => {
    const english = evaluate(proposal, "en");
    const before = evaluate(proposal, "nl");
    expect(before.findings.map((finding) => finding.title)).toEqual(english.findings.map((finding) => finding.title));
    expect(before.remedies).toEqual(english.remedies);
    expect(describeSpan({ from: null, until: null, allowed: true }, "nl")).toBe(describeSpan({ from: null, until: null, allowed: true }, "en"));

    // Importing the Dutch catalogue registers it, as the full entry does; a page passes the same object instead.
    const { nl } = await import("./messages/nl");
    addRulesCatalogue("nl", nl);
    const after = evaluate(proposal, "nl");
    expect(after.findings.map((finding) => finding.title)).toEqual(after.findings.map((finding) => nl.rules[finding.ruleId].title));
    expect(after.remedies.map((remedy) => remedy.title)).not.toEqual(english.remedies.map((remedy) => remedy.title));
    expect(after.findings.find((finding) => finding.ruleId === "SAME-REGION-SALE")?.explanation).toContain(nl.regions.brazil);
    expect(describeSpan({ from: null, until: null, allowed: true }, "nl")).toBe(nl.spans.allowedAny);
  });
});
