import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/rules";
import { answersFromPartner, applyCounterparty } from "./counterparty";
import { buildProposal } from "./proposal";
import { defaultScenario, readyPartner, scenarioForPartner } from "./scenario";

const start = defaultScenario("2026-03-01");

describe("filling the form from real facts", () => {
  it("turns a rules Partner into answers, keeping the old date and capabilities where the partner has none", () => {
    const answers = answersFromPartner({ type: "indirect-reseller", country: "NL", onboarded: true, enrolled: true, mpaAcceptedOn: null }, start.me);
    expect(answers).toEqual({ ...start.me, country: "NL", mpaSigned: false });
    const direct = answersFromPartner({ type: "direct-bill", country: "CA", directBill: { apiIntegration: true, billing: true, support: true, managedServices: false } }, start.me);
    expect(direct).toMatchObject({ onboarded: false, enrolled: false, capabilities: { managedServices: false } });
  });

  it("fills the customer's country, other partners and affiliation from a picked customer", () => {
    const next = applyCounterparty(start, { kind: "customer", id: "c", name: "Wingtip", country: "GB", otherPartners: 3, affiliation: "same-affiliation-group" });
    expect(next).toEqual({ ...start, customerCountry: "GB", otherPartners: 3, affiliation: "same-affiliation-group" });
  });

  it("fills the other partner and the relationship from a picked partner; the seller's affiliation only for own use", () => {
    const facts = { kind: "partner", id: "p", name: "Contoso", partner: { type: "indirect-provider", country: "US", onboarded: true, enrolled: true, mpaAcceptedOn: "2020-01-15" }, relationship: "suspended", affiliation: "same-organization" } as const;
    const sale = applyCounterparty(start, facts);
    expect(sale).toMatchObject({ other: { type: "indirect-provider", country: "US" }, relationship: "suspended", affiliation: "none" });
    expect(applyCounterparty({ ...start, action: "buy-for-own-use" }, facts).affiliation).toBe("same-organization");
    expect(applyCounterparty(start, { ...facts, relationship: null }).relationship).toBe("none");
  });

  it("starts a signed-in partner from itself doing what its type usually does", () => {
    expect(scenarioForPartner(readyPartner("indirect-provider", "US"), "2026-03-01")).toMatchObject({ action: "transact-new-business", other: { type: "indirect-reseller", country: "US" } });
    const reseller = scenarioForPartner(readyPartner("indirect-reseller", "FR"), "2026-03-01");
    expect(reseller).toMatchObject({ action: "sell", customerCountry: "FR", other: { type: "indirect-provider", country: "FR" } });
    for (const type of ["indirect-provider", "indirect-reseller", "direct-bill"] as const) {
      expect(evaluate(buildProposal(scenarioForPartner(readyPartner(type, "SE"), "2026-03-01"))).allowed).toBe(true);
    }
  });
});
