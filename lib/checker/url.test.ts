import { describe, expect, it } from "vitest";
import { PRESETS } from "./presets";
import { defaultScenario, type Scenario } from "./scenario";
import { hasScenarioQuery, scenarioFromQuery, scenarioToQuery } from "./url";

const fallback = defaultScenario("2026-03-01");

function roundTrip(scenario: Scenario): Scenario {
  return scenarioFromQuery(new URLSearchParams(scenarioToQuery(scenario)), fallback);
}

describe("scenario <-> URL query", () => {
  it.each(PRESETS.map((preset) => [preset.label, preset.scenario] as const))("restores the preset %s exactly", (_label, scenario) => {
    expect(roundTrip(scenario)).toEqual(scenario);
  });

  it("restores every answer that differs from the starting scenario", () => {
    const scenario: Scenario = {
      me: { type: "direct-bill", country: "CA", onboarded: false, enrolled: true, mpaSigned: false, mpaDate: "2019-02-28", capabilities: { apiIntegration: true, billing: false, support: true, managedServices: false } },
      action: "end-relationship",
      other: { type: "indirect-reseller", country: "JP", onboarded: true, enrolled: false, mpaSigned: true, mpaDate: "2024-02-29", capabilities: { apiIntegration: false, billing: false, support: false, managedServices: false } },
      relationship: "termination-requested",
      affiliation: "same-affiliation-group",
      customerCountry: "BR",
      otherPartners: 12,
      tenant: "csp",
      enrollAs: "direct-bill",
      requestedBy: "program-support",
      on: "2020-01-31",
    };
    expect(roundTrip(scenario)).toEqual(scenario);
  });

  it("reads Next's searchParams object (arrays take their first value)", () => {
    const query = Object.fromEntries(new URLSearchParams(scenarioToQuery(PRESETS[6]!.scenario)));
    expect(scenarioFromQuery({ ...query, action: ["sell", "enroll"] }, fallback)).toEqual(PRESETS[6]!.scenario);
  });

  it("falls back field by field on garbage, never throws", () => {
    const garbage = new URLSearchParams({
      action: "steal",
      on: "2020-02-30",
      me: "microsoft",
      me_country: "ZZ",
      me_onboarded: "yes",
      me_mpa_on: "tomorrow",
      other_country: "<script>",
      rel: "married",
      aff: "1",
      customer_country: "br", // lower case is accepted and normalised
      customer_others: "-4",
      tenant: "",
      enroll_as: "microsoft",
      by: "nobody",
      other_caps: "api,,nonsense",
    });
    const parsed = scenarioFromQuery(garbage, fallback);
    expect(parsed).toEqual({
      ...fallback,
      customerCountry: "BR",
      other: { ...fallback.other, capabilities: { apiIntegration: true, billing: false, support: false, managedServices: false } },
    });
  });

  it("tells a shared scenario from an empty or unrelated query", () => {
    expect(hasScenarioQuery(new URLSearchParams(""))).toBe(false);
    expect(hasScenarioQuery({ utm_source: "mail" })).toBe(false);
    expect(hasScenarioQuery({ action: "sell" })).toBe(true);
    expect(hasScenarioQuery(new URLSearchParams(scenarioToQuery(fallback)))).toBe(true);
  });
});
