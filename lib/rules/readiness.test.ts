import { describe, expect, it } from "vitest";
import { RULE_IDS, evaluate, readinessOf, RESELLER_REQUIREMENTS, DIRECT_BILL_REQUIREMENTS } from "./index";
import type { Partner } from "./types";

const readyReseller: Partner = { type: "indirect-reseller", country: "FI", onboarded: true, enrolled: true, mpaAcceptedOn: "2020-03-11" };
const provider: Partner = { type: "indirect-provider", country: "NL", onboarded: true, enrolled: true, mpaAcceptedOn: "2019-01-01" };

describe("readiness requirements", () => {
  it("cite only rules of the catalogue", () => {
    for (const requirement of [...RESELLER_REQUIREMENTS, ...DIRECT_BILL_REQUIREMENTS]) {
      for (const id of requirement.ruleIds) expect(RULE_IDS).toContain(id);
    }
  });

  it("a reseller with every step but no provider is not ready, and the rules agree", () => {
    const without = readinessOf(readyReseller, "2026-12-01", { active: 0 });
    expect(without.filter((r) => !r.met).map((r) => r.label)).toEqual(["Linked with at least one indirect provider"]);
    // The same facts, asked of the rules: a provider cannot transact for a reseller it has no relationship with.
    const verdict = evaluate({ action: "transact-new-business", on: "2026-12-01", actor: provider, reseller: readyReseller });
    expect(verdict.allowed).toBe(false);
    expect(verdict.findings.filter((f) => f.outcome === "fail").map((f) => f.ruleId)).toEqual(["PROVIDER-RESELLER-ACTIVE"]);

    expect(readinessOf(readyReseller, "2026-12-01", { active: 1 }).every((r) => r.met)).toBe(true);
  });

  it("an MPA accepted after the date asked about does not count yet", () => {
    const early = readinessOf({ ...readyReseller, mpaAcceptedOn: "2027-01-01" }, "2026-12-01", { active: 1 });
    expect(early.find((r) => r.item === "mpa")!.met).toBe(false);
  });

  it("a direct-bill partner's requirements are its four capabilities and the MPA, never a provider", () => {
    const partner: Partner = { type: "direct-bill", country: "CA", mpaAcceptedOn: null, directBill: { apiIntegration: true, billing: true, support: true, managedServices: false } };
    expect(readinessOf(partner, "2026-12-01", { active: 0 }).filter((r) => !r.met).map((r) => r.item)).toEqual(["managedServices", "mpa"]);
  });
});
