import { describe, expect, it } from "vitest";
import { RULES, RULE_IDS, ruleById } from "./catalogue";

describe("catalogue", () => {
  it("has the 15 rule ids of the domain brief and the customer's consent, once each", () => {
    expect(new Set(RULE_IDS).size).toBe(16);
  });

  it("uses exactly the rule ids of the domain brief (shared/domain.md)", () => {
    const brief = [
      "MPA-REQUIRED", "MPA-BEFORE-ASSOCIATION", "MPA-BEFORE-NEW-BUSINESS", "RESELLER-READINESS", "DIRECT-BILL-REQUIREMENTS",
      "SUPPORTED-CHAIN", "PROVIDER-RESELLER-ACTIVE", "MULTI-PARTNER", "MULTI-CHANNEL", "OWN-USE-SEPARATE-TENANT",
      "NO-SELF-OR-AFFILIATE-SALE", "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER", "SAME-REGION-SALE", "SAME-REGION-RELATIONSHIP",
      "TERMINATION-VIA-SUPPORT",
      // Issue 14: the customer's say, beside the program's rules.
      "CUSTOMER-CONSENT",
    ];
    expect(RULE_IDS).toEqual(brief);
  });

  it("gives every rule a title, a summary and an article section", () => {
    for (const rule of RULES) {
      expect(rule.title).not.toBe("");
      expect(rule.summary.length).toBeGreaterThan(30);
      expect(rule.section).toMatch(/Sample scenario [1-8]|CSP program requirements|Types of partner relationships/);
      for (const remedy of rule.remedies) expect(remedy.ruleId).toBe(rule.id);
    }
  });

  it("gives the blocking rules remedies, and the permissive ones none", () => {
    for (const rule of RULES) {
      const permissive = rule.id === "MULTI-PARTNER" || rule.id === "MULTI-CHANNEL";
      expect(rule.remedies.length > 0).toBe(!permissive);
    }
    expect(ruleById("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER").remedies).toHaveLength(3);
    expect(ruleById("NOPE")).toBeUndefined();
  });
});
