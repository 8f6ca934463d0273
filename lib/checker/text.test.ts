// The checker's words in English and Dutch: the same keys, the English ones exactly the labels the form always had.
import { describe, expect, it } from "vitest";
import { flattenMessages } from "@/lib/i18n/catalogue-check";
import { PRESETS } from "./presets";
import { questionsFor } from "./questions";
import { ACTIONS, AFFILIATIONS, CAPABILITIES, defaultScenario, ENROLL_AS, PARTNER_TYPES, RELATIONSHIPS, REQUESTED_BY, TENANTS } from "./scenario";
import { CHECKER_TEXT, checkerText, optionsIn } from "./text";
import { linkInLanguage } from "./url";

describe("the checker's texts", () => {
  it("have the same keys in English and Dutch, and no English left in Dutch", () => {
    const en = flattenMessages(CHECKER_TEXT.en);
    const nl = flattenMessages(CHECKER_TEXT.nl);
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter((key) => en[key] === nl[key] && /[a-z]{3,}\s[a-z]{3,}/i.test(en[key]!));
    expect(same).toEqual([]);
  });

  it("keep the English labels of every option list and preset", () => {
    const en = checkerText("en");
    expect(optionsIn(ACTIONS, en.actions)).toEqual(ACTIONS);
    expect(optionsIn(PARTNER_TYPES, en.partnerTypes)).toEqual(PARTNER_TYPES);
    expect(optionsIn(RELATIONSHIPS, en.relationships)).toEqual(RELATIONSHIPS);
    expect(optionsIn(AFFILIATIONS, en.affiliations)).toEqual(AFFILIATIONS);
    expect(optionsIn(TENANTS, en.tenants)).toEqual(TENANTS);
    expect(optionsIn(ENROLL_AS, en.enrollAs)).toEqual(ENROLL_AS);
    expect(optionsIn(REQUESTED_BY, en.requestedBy)).toEqual(REQUESTED_BY);
    for (const capability of CAPABILITIES) expect(en.capabilities[capability.key]).toBe(capability.label);
    for (const preset of PRESETS) expect(en.presets[preset.id]).toEqual({ label: preset.label, section: preset.section });
  });

  it("asks its questions in Dutch for nl, in English by default", () => {
    const scenario = { ...defaultScenario("2020-05-12"), action: "sell" as const, me: { ...defaultScenario("2020-05-12").me, type: "indirect-reseller" as const } };
    expect(questionsFor(scenario, checkerText("en").questions).other?.heading).toBe("Your indirect provider");
    expect(questionsFor(scenario, checkerText("nl").questions).other?.heading).toBe("Je indirecte provider");
    expect(questionsFor(scenario, checkerText("nl").questions).affiliation).toBe("Hoe is de klant met jou verbonden?");
    expect(optionsIn(ACTIONS, checkerText("nl").actions)[0]).toEqual({ value: "sell", label: "Verkopen aan een klant" });
  });

  it("copies a link in the page's language", () => {
    expect(linkInLanguage("https://hub.example/check?action=sell", "nl")).toBe("https://hub.example/nl/check?action=sell");
    expect(linkInLanguage("https://hub.example/nl/check?action=sell", "nl")).toBe("https://hub.example/nl/check?action=sell");
    expect(linkInLanguage("https://hub.example/nl/check?action=sell", "en")).toBe("https://hub.example/check?action=sell");
    expect(linkInLanguage("https://hub.example/check?action=sell", "en")).toBe("https://hub.example/check?action=sell");
  });
});
