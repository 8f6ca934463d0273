// Readiness texts in Dutch: what a missing item blocks, with the rules' explanations, and the lapsed notice.
import { describe, expect, it } from "vitest";
import { blockedActions } from "./blocks";
import { lapsedRequirementNotice } from "./lapsed";

const reseller = { type: "indirect-reseller" as const, country: "NL", onboarded: true, enrolled: true, mpaAcceptedOn: null };

describe("readiness in Dutch", () => {
  it("names the blocked actions and the rules' explanations in Dutch for nl, in English by default", () => {
    const english = blockedActions(reseller, "2020-05-12");
    const dutch = blockedActions(reseller, "2020-05-12", { active: 1 }, "nl");
    expect(english[0]!.what).toBe("Your providers cannot transact new business with you");
    expect(dutch[0]!.what).toBe("Je providers kunnen geen nieuwe zaken met je doen");
    expect(dutch.map((block) => block.findings.map((finding) => finding.ruleId))).toEqual(english.map((block) => block.findings.map((finding) => finding.ruleId)));
    expect(dutch[0]!.findings[0]!.explanation).not.toBe(english[0]!.findings[0]!.explanation);
    expect(dutch[0]!.findings[0]!.explanation).toMatch(/MPA/);
  });

  it("tells a lapsed requirement in Dutch", () => {
    expect(lapsedRequirementNotice(true, [{ label: "Beheerde services", done: false }], "nl")).toBe(
      "Je inschrijving is vastgelegd, maar “Beheerde services” is niet meer aanwezig: tot dat weer zo is, kun je niet werken als partner met directe facturering.",
    );
  });
});
