// The rules speak English and Dutch: both catalogues have the same keys and placeholders, and every finding the
// sample scenarios (and many generated proposals) produce renders in Dutch, with no placeholder left.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flattenMessages, placeholdersOf } from "@/lib/i18n/catalogue-check";
import { proposalArb } from "@/test/rules/arbitraries";
import { DATED_EXAMPLES } from "@/test/rules/dated-examples";
import { SCENARIO_EXAMPLES } from "@/test/rules/scenario-examples";
import { RULES } from "./catalogue";
import { evaluate } from "./evaluate";
import { en } from "./messages/en";
import { nl } from "./messages/nl";
import { explainFinding, remedyText, ruleText } from "./text";
import { describeSpan, verdictSpans } from "./timeline";
import { ruleHistory } from "./versions";
import { verifyMpa } from "./verify-mpa";
import { DIRECT_BILL_REQUIREMENTS, readinessOf, requirementLabel, RESELLER_REQUIREMENTS } from "./readiness";
import type { Proposal } from "./types";

const flatEn = flattenMessages(en);
const flatNl = flattenMessages(nl);

describe("the rules' catalogues", () => {
  it("have the same keys in English and Dutch", () => {
    expect(Object.keys(flatNl).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it("use the same placeholders in every message", () => {
    for (const [key, english] of Object.entries(flatEn)) {
      expect({ key, placeholders: placeholdersOf(flatNl[key]!) }).toEqual({ key, placeholders: placeholdersOf(english) });
    }
  });

  it("leave no English sentence in the Dutch catalogue (only product names and symbols may repeat)", () => {
    const same = Object.keys(flatEn).filter((key) => flatEn[key] === flatNl[key] && /[a-z]{3,}\s[a-z]{3,}/i.test(flatEn[key]!));
    expect(same).toEqual([]);
  });
});

const examples: Proposal[] = [...SCENARIO_EXAMPLES, ...DATED_EXAMPLES].map((example) => example.proposal);

function expectDutch(proposal: Proposal) {
  const english = evaluate(proposal);
  const dutch = evaluate(proposal, "nl");
  expect(dutch.allowed).toBe(english.allowed);
  dutch.findings.forEach((finding, index) => {
    const original = english.findings[index]!;
    expect(finding.ruleId).toBe(original.ruleId);
    expect(finding.explanation).not.toMatch(/[{}]/);
    expect(finding.explanation).not.toBe(original.explanation);
    expect(finding.title).not.toBe(original.title);
    expect(explainFinding(original, "nl")).toBe(finding.explanation);
    for (const remedy of finding.remedies ?? []) expect(remedy.title).toBe(remedyText(remedy, "nl").title);
  });
  dutch.remedies.forEach((remedy, index) => expect(remedy.detail).not.toBe(english.remedies[index]!.detail));
}

describe("findings in Dutch", () => {
  it("every finding of the sample scenarios and the dated examples renders in Dutch", () => {
    for (const proposal of examples) expectDutch(proposal);
  });

  it("every finding of generated proposals renders in Dutch", () => {
    fc.assert(fc.property(proposalArb, (proposal) => expectDutch(proposal)), { numRuns: 300 });
  });

  it("keeps the English explanation exactly when no locale (or English) is asked for", () => {
    for (const proposal of examples) {
      expect(evaluate(proposal, "en")).toEqual(evaluate(proposal));
      for (const finding of evaluate(proposal).findings) expect(explainFinding(finding, "en")).toBe(finding.explanation);
    }
  });

  it("renders words, dates, amounts and regions the Dutch way", () => {
    const verdict = evaluate(
      { action: "sell", on: "2020-05-12", actor: { type: "direct-bill", country: "DE", mpaAcceptedOn: "2020-01-15" }, customer: { country: "US" } },
      "nl",
    );
    const region = verdict.findings.find((finding) => finding.ruleId === "SAME-REGION-SALE")!;
    expect(region.explanation).toBe(
      "De tenant van de klant staat in US (regio Verenigde Staten), maar de partner met directe facturering zit in DE (regio Europa); een partner verkoopt alleen binnen zijn eigen regio.",
    );
    const mpa = verdict.findings.find((finding) => finding.ruleId === "MPA-REQUIRED")!;
    expect(mpa.explanation).toBe("De partner met directe facturering heeft de MPA op 15 januari 2020 geaccepteerd, dus hij mag op 12 mei 2020 zaken doen.");
  });
});

describe("rule texts, history and spans in Dutch", () => {
  it("gives every rule and remedy a Dutch title", () => {
    for (const rule of RULES) {
      expect(ruleText(rule.id, "nl").title).not.toBe(rule.title);
      expect(ruleText(rule.id, "en")).toEqual({ title: rule.title, summary: rule.summary, section: rule.section });
      for (const remedy of rule.remedies) expect(remedyText(remedy, "nl").title).not.toBe(remedy.title);
    }
  });

  it("tells a rule's history and a verdict's spans in Dutch", () => {
    expect(ruleHistory("TERMINATION-VIA-SUPPORT", "nl").map((entry) => entry.version.title)).toEqual([
      "Het programma van het artikel",
      "Providers kunnen een relatie met een wederverkoper zelf beëindigen",
    ]);
    expect(ruleHistory("TERMINATION-VIA-SUPPORT")[1]!.summary).toMatch(/^An indirect provider may now end/);
    const proposal = examples[0]!;
    const spans = verdictSpans(proposal);
    for (const span of spans) expect(describeSpan(span, "nl")).toMatch(/^(toegestaan|geblokkeerd) /);
    expect(describeSpan({ from: "2020-02-01", until: null, allowed: false }, "nl")).toBe("geblokkeerd vanaf 1 februari 2020");
    expect(describeSpan({ from: "2020-02-01", until: null, allowed: false })).toBe("blocked from 2020-02-01");
  });
});

describe("Verify MPA and readiness labels in Dutch", () => {
  const lookup = { partnerId: "5200001", country: "DE", onboarded: true, enrolledAsIndirectReseller: true, mpaAcceptedOn: "2020-01-15" };

  it("answers the Verify MPA lookup in Dutch for nl, in English by default", () => {
    expect(verifyMpa("europe", lookup, "2020-05-12").explanation).toBe("Partner ID 5200001 accepted the MPA on 2020-01-15.");
    expect(verifyMpa("europe", lookup, "2020-05-12", "nl").explanation).toBe("Partner-ID 5200001 heeft de MPA op 15 januari 2020 geaccepteerd.");
    expect(verifyMpa("united-states", lookup, "2020-05-12", "nl").explanation).toContain("DE (regio Europa)");
    expect(verifyMpa("europe", { ...lookup, relationship: "suspended" }, "2020-05-12", "nl").explanation).toContain("(status: opgeschort)");
    expect(verifyMpa("europe", null, "2020-05-12", "nl").status).toBe("unknown-partner-id");
  });

  it("labels each readiness requirement in both languages, the English one as the lists have it", () => {
    for (const requirement of [...RESELLER_REQUIREMENTS, ...DIRECT_BILL_REQUIREMENTS]) {
      expect(requirementLabel(requirement.item)).toBe(requirement.label);
      expect(requirementLabel(requirement.item, "nl")).not.toBe(requirement.label);
    }
    const partner = { type: "indirect-reseller" as const, country: "NL" };
    expect(readinessOf(partner, "2020-05-12", { active: 0 }, "nl")[0]!.label).toBe("Lid van Partner Center (onboarded)");
  });
});
