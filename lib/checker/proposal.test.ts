import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/rules";
import { buildProposal, toPartner } from "./proposal";
import { questionsFor as questionsIn } from "./questions";
import { defaultScenario, readyPartner, type Scenario } from "./scenario";
import { checkerText } from "./text";

const questionsFor = (scenario: Scenario) => questionsIn(scenario, checkerText("en").questions);

const start = defaultScenario("2026-03-01");
const failing = (scenario: Scenario) =>
  evaluate(buildProposal(scenario)).findings.filter((finding) => finding.outcome === "fail").map((finding) => finding.ruleId);

describe("form state -> Proposal", () => {
  it("starts from an allowed sale by a ready reseller through its active provider", () => {
    expect(buildProposal(start)).toEqual({
      action: "sell",
      on: "2026-03-01",
      actor: { type: "indirect-reseller", country: "DE", onboarded: true, enrolled: true, mpaAcceptedOn: "2020-01-15" },
      provider: { type: "indirect-provider", country: "NL", onboarded: true, enrolled: true, mpaAcceptedOn: "2020-01-15" },
      relationship: "active",
      customer: { country: "DE", otherPartners: 0 },
      affiliation: "none",
    });
    expect(evaluate(buildProposal(start)).allowed).toBe(true);
  });

  it("counts an MPA as accepted only when ticked and dated", () => {
    const answers = readyPartner("indirect-reseller", "DE", "2021-01-01");
    expect(toPartner(answers).mpaAcceptedOn).toBe("2021-01-01");
    expect(toPartner({ ...answers, mpaSigned: false }).mpaAcceptedOn).toBeNull();
    expect(toPartner({ ...answers, mpaDate: "" }).mpaAcceptedOn).toBeNull();
  });

  it("gives direct-bill capabilities only to direct-bill partners", () => {
    expect(toPartner(readyPartner("direct-bill", "FR")).directBill).toEqual({ apiIntegration: true, billing: true, support: true, managedServices: true });
    expect(toPartner(readyPartner("indirect-provider", "NL")).directBill).toBeUndefined();
  });

  it("leaves the provider and relationship out of a sale by a direct-bill partner", () => {
    const proposal = buildProposal({ ...start, me: readyPartner("direct-bill", "FR"), customerCountry: "FR" });
    expect(proposal).not.toHaveProperty("provider");
    expect(proposal).not.toHaveProperty("relationship");
  });

  it("maps each tenant choice for an own-use purchase", () => {
    const buy: Scenario = { ...start, action: "buy-for-own-use", other: readyPartner("direct-bill", "DE") };
    expect(buildProposal({ ...buy, tenant: "csp" })).toMatchObject({ tenant: { type: "csp", id: "csp-tenant" }, actorCspTenantId: "csp-tenant" });
    expect(buildProposal({ ...buy, tenant: "shared" })).toMatchObject({ tenant: { type: "customer" } });
    expect(buildProposal({ ...buy, tenant: "separate" })).toMatchObject({ tenant: { type: "customer", id: "own-use-tenant" } });
    expect(failing({ ...buy, tenant: "csp" })).toEqual(["OWN-USE-SEPARATE-TENANT"]);
    expect(failing({ ...buy, tenant: "separate" })).toEqual([]);
  });

  it("treats 'no relationship' as none, and an end request without one as ending an active one", () => {
    expect(buildProposal({ ...start, action: "transact-new-business", me: readyPartner("indirect-provider", "NL"), relationship: "none" })).not.toHaveProperty("relationship");
    expect(buildProposal({ ...start, action: "end-relationship", relationship: "none" })).toMatchObject({ relationship: "active", requestedBy: "partner" });
  });

  it("flips a reseller's sale to blocked when the customer is in another region", () => {
    expect(failing({ ...start, customerCountry: "US" })).toEqual(["SAME-REGION-SALE"]);
  });

  it("passes capabilities to enrolment as direct-bill whatever the current partner type", () => {
    const enroll: Scenario = { ...start, action: "enroll", enrollAs: "direct-bill", me: { ...start.me, capabilities: { ...start.me.capabilities, managedServices: false } } };
    expect(failing(enroll)).toEqual(["DIRECT-BILL-REQUIREMENTS"]);
    expect(failing({ ...enroll, enrollAs: "indirect-reseller" })).toEqual([]);
  });
});

describe("the questions each action asks", () => {
  it("asks a reseller's sale about its provider, and a direct-bill sale about capabilities instead", () => {
    expect(questionsFor(start)).toMatchObject({ other: { fixedType: "indirect-provider" }, relationship: { allowNone: true }, customer: { otherPartners: true }, tenant: false });
    const direct = questionsFor({ ...start, me: readyPartner("direct-bill", "FR") });
    expect(direct).toMatchObject({ other: null, relationship: null, myCapabilities: true, mySteps: false });
  });

  it("asks about the tenant only for own-use purchases, and about the requester only when ending a relationship", () => {
    expect(questionsFor({ ...start, action: "buy-for-own-use" }).tenant).toBe(true);
    expect(questionsFor({ ...start, action: "end-relationship" })).toMatchObject({ requestedBy: true, relationship: { allowNone: false }, tenant: false, customer: null });
    expect(questionsFor({ ...start, action: "manage-customer-subscriptions" })).toMatchObject({ other: null, relationship: null, myMpa: false });
  });
});

describe("own-use purchases by a reseller", () => {
  it("asks about the provider relationship only when a provider supplies the purchase", () => {
    const buy: Scenario = { ...start, action: "buy-for-own-use", tenant: "shared", relationship: "active" };
    expect(buildProposal({ ...buy, other: readyPartner("direct-bill", "DE") })).not.toHaveProperty("relationship");
    expect(questionsFor({ ...buy, other: readyPartner("direct-bill", "DE") }).relationship).toBeNull();
    expect(failing({ ...buy, other: readyPartner("indirect-reseller", "DE") })).toEqual(["RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER"]);
  });
});
