// One table per rule: the passing case, each failing case and the boundary. Each row checks one rule's finding.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { ON, directBill, findingFor, provider, reseller } from "@/test/rules/fixtures";
import type { Finding, Proposal, RuleId } from "./types";

interface Row {
  name: string;
  proposal: Proposal;
  outcome: Finding["outcome"];
  /** Words the explanation must contain: it names the concrete facts. */
  mentions?: string[];
}

function table(ruleId: RuleId, rows: Row[]) {
  describe(ruleId, () => {
    it.each(rows)("$name -> $outcome", ({ proposal, outcome, mentions }) => {
      const verdict = evaluate(proposal);
      const finding = findingFor(verdict, ruleId);
      expect(finding.outcome).toBe(outcome);
      for (const word of mentions ?? []) expect(finding.explanation).toContain(word);
      if (outcome === "fail") {
        expect(verdict.allowed).toBe(false);
        expect(finding.remedies?.length).toBeGreaterThan(0);
      }
    });
  });
}

const sellByReseller = (overrides: Partial<Extract<Proposal, { action: "sell" }>> = {}): Proposal => ({
  action: "sell",
  on: ON,
  actor: reseller(),
  provider: provider(),
  relationship: "active",
  customer: { country: "DE" },
  ...overrides,
});

const transact = (overrides: Partial<Extract<Proposal, { action: "transact-new-business" }>> = {}): Proposal => ({
  action: "transact-new-business",
  on: ON,
  actor: provider(),
  reseller: reseller(),
  relationship: "active",
  ...overrides,
});

const associate = (overrides: Partial<Extract<Proposal, { action: "associate-reseller-subscription" }>> = {}): Proposal => ({
  action: "associate-reseller-subscription",
  on: ON,
  actor: provider(),
  reseller: reseller(),
  relationship: "active",
  customer: { country: "AT" },
  ...overrides,
});

const ownUse = (overrides: Partial<Extract<Proposal, { action: "buy-for-own-use" }>> = {}): Proposal => ({
  action: "buy-for-own-use",
  on: ON,
  actor: reseller({ country: "BE" }),
  seller: directBill(),
  tenant: { type: "customer", id: "own-use-tenant" },
  actorCspTenantId: "csp-tenant",
  ...overrides,
});

table("MPA-REQUIRED", [
  { name: "accepted before the date", proposal: sellByReseller(), outcome: "pass", mentions: ["2019-12-01"] },
  { name: "never accepted", proposal: sellByReseller({ actor: reseller({ mpaAcceptedOn: null }) }), outcome: "fail", mentions: ["has not accepted"] },
  { name: "fact absent counts as not accepted", proposal: sellByReseller({ actor: reseller({ mpaAcceptedOn: undefined }) }), outcome: "fail" },
  { name: "accepted only after the date of the action", proposal: sellByReseller({ actor: reseller({ mpaAcceptedOn: "2020-06-01" }) }), outcome: "fail", mentions: ["2020-06-01"] },
  { name: "accepted on the very day", proposal: sellByReseller({ actor: reseller({ mpaAcceptedOn: ON }) }), outcome: "pass" },
  { name: "boundary: 2020-01-31 needs no MPA", proposal: sellByReseller({ on: "2020-01-31", actor: reseller({ mpaAcceptedOn: null }) }), outcome: "pass", mentions: ["2020-02-01"] },
  { name: "boundary: 2020-02-01 needs the MPA", proposal: sellByReseller({ on: "2020-02-01", actor: reseller({ mpaAcceptedOn: null }) }), outcome: "fail" },
  { name: "direct-bill partner without MPA", proposal: { action: "sell", on: ON, actor: directBill({ mpaAcceptedOn: null }), customer: { country: "FR" } }, outcome: "fail", mentions: ["direct-bill partner"] },
  { name: "provider without MPA", proposal: transact({ actor: provider({ mpaAcceptedOn: null }) }), outcome: "fail", mentions: ["indirect provider"] },
  { name: "enrolling is not transacting: a reminder only", proposal: { action: "enroll", on: ON, actor: directBill({ mpaAcceptedOn: null }), as: "direct-bill" }, outcome: "info" },
]);

table("MPA-BEFORE-ASSOCIATION", [
  { name: "reseller accepted", proposal: associate(), outcome: "pass" },
  { name: "reseller never accepted", proposal: associate({ reseller: reseller({ mpaAcceptedOn: null }) }), outcome: "fail", mentions: ["Partner ID"] },
  { name: "reseller accepts later", proposal: associate({ reseller: reseller({ mpaAcceptedOn: "2020-05-13" }) }), outcome: "fail", mentions: ["2020-05-13"] },
  { name: "boundary: 2020-01-31", proposal: associate({ on: "2020-01-31", reseller: reseller({ mpaAcceptedOn: null }) }), outcome: "pass" },
  { name: "boundary: 2020-02-01", proposal: associate({ on: "2020-02-01", reseller: reseller({ mpaAcceptedOn: null }) }), outcome: "fail" },
]);

table("MPA-BEFORE-NEW-BUSINESS", [
  { name: "reseller accepted", proposal: transact(), outcome: "pass" },
  { name: "reseller never accepted", proposal: transact({ reseller: reseller({ mpaAcceptedOn: null }) }), outcome: "fail", mentions: ["new business"] },
  { name: "boundary: 2020-01-31", proposal: transact({ on: "2020-01-31", reseller: reseller({ mpaAcceptedOn: null }) }), outcome: "pass" },
  { name: "boundary: 2020-02-01", proposal: transact({ on: "2020-02-01", reseller: reseller({ mpaAcceptedOn: null }) }), outcome: "fail" },
]);

table("RESELLER-READINESS", [
  { name: "all three steps done", proposal: transact(), outcome: "pass" },
  { name: "not onboarded", proposal: transact({ reseller: reseller({ onboarded: false }) }), outcome: "fail", mentions: ["join Partner Center"] },
  { name: "not enrolled", proposal: transact({ reseller: reseller({ enrolled: undefined }) }), outcome: "fail", mentions: ["enroll as an indirect reseller"] },
  { name: "no MPA", proposal: transact({ reseller: reseller({ mpaAcceptedOn: null }) }), outcome: "fail", mentions: ["accept the MPA"] },
  { name: "nothing done lists every step", proposal: transact({ reseller: reseller({ onboarded: false, enrolled: false, mpaAcceptedOn: null }) }), outcome: "fail", mentions: ["join Partner Center, enroll as an indirect reseller and accept the MPA"] },
  { name: "reseller selling without enrolment", proposal: sellByReseller({ actor: reseller({ enrolled: false }) }), outcome: "fail" },
  { name: "enroll as reseller after onboarding", proposal: { action: "enroll", on: ON, actor: reseller({ enrolled: false, mpaAcceptedOn: null }), as: "indirect-reseller" }, outcome: "pass" },
  { name: "enroll as reseller before onboarding", proposal: { action: "enroll", on: ON, actor: reseller({ onboarded: false }), as: "indirect-reseller" }, outcome: "fail" },
]);

const allCapabilities = { apiIntegration: true, billing: true, support: true, managedServices: true };
table("DIRECT-BILL-REQUIREMENTS", [
  { name: "all four capabilities", proposal: { action: "enroll", on: ON, actor: directBill(), as: "direct-bill" }, outcome: "pass" },
  ...(["apiIntegration", "billing", "support", "managedServices"] as const).map((missing) => ({
    name: `missing ${missing}`,
    proposal: { action: "enroll", on: ON, actor: directBill({ directBill: { ...allCapabilities, [missing]: false } }), as: "direct-bill" } as Proposal,
    outcome: "fail" as const,
  })),
  { name: "no capability facts at all", proposal: { action: "enroll", on: ON, actor: reseller(), as: "direct-bill" }, outcome: "fail", mentions: ["API integration"] },
  { name: "direct-bill partner selling without support", proposal: { action: "sell", on: ON, actor: directBill({ directBill: { ...allCapabilities, support: false } }), customer: { country: "FR" } }, outcome: "fail", mentions: ["customer support"] },
]);

table("SUPPORTED-CHAIN", [
  { name: "direct-bill chain", proposal: { action: "sell", on: ON, actor: directBill(), customer: { country: "FR" } }, outcome: "pass" },
  { name: "indirect chain", proposal: sellByReseller(), outcome: "pass" },
  { name: "reseller buys straight from Microsoft", proposal: sellByReseller({ chain: ["microsoft", "indirect-reseller", "customer"] }), outcome: "fail", mentions: ["straight from Microsoft"] },
  { name: "provider sells to the customer without a reseller", proposal: { action: "sell", on: ON, actor: provider(), customer: { country: "NL" } }, outcome: "fail", mentions: ["only through an indirect reseller"] },
  { name: "chain where someone else is the seller", proposal: sellByReseller({ chain: ["microsoft", "direct-bill", "customer"] }), outcome: "fail" },
  { name: "made-up chain", proposal: sellByReseller({ chain: ["customer", "microsoft"] }), outcome: "fail" },
  { name: "link: two resellers", proposal: { action: "link-provider-reseller", on: ON, actor: reseller(), counterparty: reseller({ partnerId: "2000003" }) }, outcome: "fail" },
  { name: "transact: acting partner is not a provider", proposal: transact({ actor: directBill({ country: "DE" }) }), outcome: "fail", mentions: ["Only an indirect provider"] },
  { name: "associate: the other partner is not a reseller", proposal: associate({ reseller: provider({ country: "DE" }) }), outcome: "fail" },
]);

table("PROVIDER-RESELLER-ACTIVE", [
  { name: "active", proposal: transact(), outcome: "pass" },
  ...(["invited", "suspended", "termination-requested", "terminated"] as const).map((status) => ({
    name: status,
    proposal: transact({ relationship: status }),
    outcome: "fail" as const,
    mentions: [status],
  })),
  { name: "no relationship at all", proposal: transact({ relationship: undefined }), outcome: "fail", mentions: ["no relationship"] },
  { name: "reseller selling while suspended", proposal: sellByReseller({ relationship: "suspended" }), outcome: "fail" },
  { name: "associating while invited", proposal: associate({ relationship: "invited" }), outcome: "fail" },
]);

table("MULTI-PARTNER", [
  { name: "customer with no other partner", proposal: sellByReseller(), outcome: "pass" },
  { name: "customer with three other partners", proposal: sellByReseller({ customer: { country: "DE", otherPartners: 3 } }), outcome: "info", mentions: ["3 other partner"] },
]);

table("MULTI-CHANNEL", [
  { name: "first partner to manage", proposal: { action: "manage-customer-subscriptions", on: ON, actor: reseller(), customer: { country: "DE" } }, outcome: "pass" },
  { name: "customer already managed by two", proposal: { action: "manage-customer-subscriptions", on: ON, actor: directBill(), customer: { country: "FR", otherPartners: 2 } }, outcome: "info", mentions: ["2 other partner"] },
]);

const manage = (consent: "not-needed" | "accepted" | "missing"): Proposal => ({ action: "manage-customer-subscriptions", on: ON, actor: directBill(), customer: { country: "FR", consent } });

table("CUSTOMER-CONSENT", [
  { name: "first sale to a customer the partner brought", proposal: sellByReseller({ customer: { country: "DE", consent: "not-needed" } }), outcome: "pass", mentions: ["first sale"] },
  { name: "sale after an accepted reseller relationship request", proposal: sellByReseller({ customer: { country: "DE", otherPartners: 1, consent: "accepted" } }), outcome: "pass" },
  { name: "sale to another partner's customer without its acceptance", proposal: sellByReseller({ customer: { country: "DE", otherPartners: 1, consent: "missing" } }), outcome: "fail", mentions: ["reseller relationship request"] },
  { name: "managing after the customer accepted", proposal: manage("accepted"), outcome: "pass" },
  { name: "managing without the customer's acceptance", proposal: manage("missing"), outcome: "fail", mentions: ["has not accepted"] },
]);

describe("CUSTOMER-CONSENT only when consent is given as a fact", () => {
  it("is absent from a verdict that does not say (the checker and the API ask about the program's rules)", () => {
    expect(evaluate(sellByReseller()).findings.map((finding) => finding.ruleId)).not.toContain("CUSTOMER-CONSENT");
  });
});

table("OWN-USE-SEPARATE-TENANT", [
  { name: "from a direct-bill partner into a customer tenant", proposal: ownUse(), outcome: "pass" },
  { name: "from a reseller into a customer tenant", proposal: ownUse({ seller: reseller({ partnerId: "2000009" }) }), outcome: "pass" },
  { name: "into the CSP tenant (by type)", proposal: ownUse({ tenant: { type: "csp" } }), outcome: "fail", mentions: ["CSP tenant"] },
  { name: "into the CSP tenant (by id)", proposal: ownUse({ tenant: { type: "customer", id: "csp-tenant" } }), outcome: "fail", mentions: ["CSP tenant"] },
  { name: "straight from a provider", proposal: ownUse({ seller: provider({ country: "BE" }) }), outcome: "fail", mentions: ["indirect provider"] },
]);

table("NO-SELF-OR-AFFILIATE-SALE", [
  { name: "unrelated buyer", proposal: sellByReseller({ affiliation: "none" }), outcome: "pass" },
  { name: "absent affiliation means unrelated", proposal: sellByReseller(), outcome: "pass" },
  { name: "selling to itself", proposal: sellByReseller({ affiliation: "same-organization" }), outcome: "fail", mentions: ["own organization"] },
  { name: "selling to an affiliate", proposal: sellByReseller({ affiliation: "same-affiliation-group" }), outcome: "fail", mentions: ["affiliate"] },
  { name: "buying for own use from an affiliate", proposal: ownUse({ affiliation: "same-affiliation-group" }), outcome: "fail" },
]);

table("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER", [
  { name: "no relationship with the supplying provider", proposal: ownUse({ seller: reseller({ partnerId: "2000009" }) }), outcome: "pass" },
  { name: "relationship ended", proposal: ownUse({ relationship: "terminated", tenant: { type: "customer" } }), outcome: "pass" },
  { name: "active relationship, same environment", proposal: ownUse({ seller: provider({ country: "BE" }), relationship: "active", tenant: { type: "customer" } }), outcome: "fail", mentions: ["active"] },
  { name: "suspended relationship still counts", proposal: ownUse({ relationship: "suspended", tenant: { type: "customer", id: "csp-tenant" } }), outcome: "fail" },
  { name: "active relationship, own customer-type tenant still counts", proposal: ownUse({ relationship: "active", tenant: { type: "customer", id: "other-tenant" } }), outcome: "fail", mentions: ["customer-type tenant"] },
  { name: "active relationship, tenant set up as a separate environment (option 1)", proposal: ownUse({ relationship: "active", tenant: { type: "customer", id: "other-tenant", separateEnvironment: true } }), outcome: "pass", mentions: ["separate environment"] },
  { name: "a separate environment cannot be the CSP tenant", proposal: ownUse({ relationship: "active", tenant: { type: "customer", id: "csp-tenant", separateEnvironment: true } }), outcome: "fail" },
]);

table("SAME-REGION-SALE", [
  { name: "same country", proposal: sellByReseller(), outcome: "pass" },
  { name: "other country, same region (DE -> AT)", proposal: sellByReseller({ customer: { country: "AT" } }), outcome: "pass" },
  { name: "Brazil customer, Europe reseller", proposal: sellByReseller({ customer: { country: "BR" } }), outcome: "fail", mentions: ["BR (region Brazil)", "DE (region Europe)"] },
  { name: "boundary: US seller, CA customer", proposal: { action: "sell", on: ON, actor: directBill({ country: "US" }), customer: { country: "CA" } }, outcome: "fail", mentions: ["region Canada"] },
  { name: "boundary: US seller, UM customer (same region)", proposal: { action: "sell", on: ON, actor: directBill({ country: "US" }), customer: { country: "UM" } }, outcome: "pass" },
  { name: "boundary: US seller, PR customer (Latin America)", proposal: { action: "sell", on: ON, actor: directBill({ country: "US" }), customer: { country: "PR" } }, outcome: "fail", mentions: ["region Latin America"] },
  { name: "boundary: NO seller, RU customer", proposal: { action: "sell", on: ON, actor: directBill({ country: "NO" }), customer: { country: "RU" } }, outcome: "fail" },
  { name: "lower-case codes are read as upper-case", proposal: sellByReseller({ customer: { country: "at" } }), outcome: "pass" },
  { name: "unknown customer country", proposal: sellByReseller({ customer: { country: "QQ" } }), outcome: "fail", mentions: ["QQ"] },
  { name: "unknown seller country", proposal: sellByReseller({ actor: reseller({ country: "ZZ" }), customer: { country: "DE" } }), outcome: "fail", mentions: ["ZZ"] },
  { name: "own use: tenant country decides", proposal: ownUse({ tenant: { type: "customer", id: "t", country: "JP" } }), outcome: "fail", mentions: ["region Japan"] },
]);

table("SAME-REGION-RELATIONSHIP", [
  { name: "NL provider, DE reseller", proposal: transact(), outcome: "pass" },
  { name: "NL provider, BR reseller", proposal: transact({ reseller: reseller({ country: "BR" }) }), outcome: "fail", mentions: ["BR (region Brazil)"] },
  { name: "boundary: US provider, CA reseller", proposal: transact({ actor: provider({ country: "US" }), reseller: reseller({ country: "CA" }) }), outcome: "fail" },
  { name: "boundary: AU provider, NZ reseller", proposal: { action: "link-provider-reseller", on: ON, actor: provider({ country: "AU" }), counterparty: reseller({ country: "NZ" }) }, outcome: "fail", mentions: ["region New Zealand"] },
  { name: "link seen from the reseller's side", proposal: { action: "link-provider-reseller", on: ON, actor: reseller({ country: "BE" }), counterparty: provider({ country: "LU" }) }, outcome: "pass" },
  { name: "unknown country", proposal: transact({ reseller: reseller({ country: "QQ" }) }), outcome: "fail", mentions: ["QQ"] },
]);

table("TERMINATION-VIA-SUPPORT", [
  { name: "program support ends it", proposal: { action: "end-relationship", on: ON, actor: provider(), counterparty: reseller(), relationship: "active", requestedBy: "program-support" }, outcome: "pass" },
  { name: "partner asks: routed as a request", proposal: { action: "end-relationship", on: ON, actor: reseller(), counterparty: provider(), relationship: "active", requestedBy: "partner" }, outcome: "info", mentions: ["program support"] },
  { name: "partner asks again", proposal: { action: "end-relationship", on: ON, actor: provider(), counterparty: reseller(), relationship: "termination-requested", requestedBy: "partner" }, outcome: "info", mentions: ["already requested"] },
  { name: "already ended", proposal: { action: "end-relationship", on: ON, actor: provider(), counterparty: reseller(), relationship: "terminated", requestedBy: "program-support" }, outcome: "fail" },
]);

describe("TERMINATION-VIA-SUPPORT verdicts", () => {
  it("a partner's request is allowed, routed to program support", () => {
    const verdict = evaluate({ action: "end-relationship", on: ON, actor: provider(), counterparty: reseller(), relationship: "suspended", requestedBy: "partner" });
    expect(verdict.allowed).toBe(true);
    expect(verdict.routedTo).toBe("program-support");
  });
  it("program support's action is allowed and not routed anywhere", () => {
    const verdict = evaluate({ action: "end-relationship", on: ON, actor: provider(), counterparty: reseller(), relationship: "active", requestedBy: "program-support" });
    expect(verdict.allowed).toBe(true);
    expect(verdict.routedTo).toBeUndefined();
  });
});

describe("linking a provider and a reseller is not transacting", () => {
  it("a reseller without the MPA may accept an invitation, with a reminder; the provider still needs the MPA", () => {
    const verdict = evaluate({ action: "link-provider-reseller", on: ON, actor: reseller({ mpaAcceptedOn: null }), counterparty: provider() });
    expect(verdict.allowed).toBe(true);
    const mpa = verdict.findings.filter((finding) => finding.ruleId === "MPA-REQUIRED");
    expect(mpa.map((finding) => finding.outcome)).toEqual(["pass", "info"]);
    expect(mpa[1]!.explanation).toContain("before its first transaction");
    const withoutProviderMpa = evaluate({ action: "link-provider-reseller", on: ON, actor: provider({ mpaAcceptedOn: null }), counterparty: reseller() });
    expect(withoutProviderMpa.allowed).toBe(false);
  });
});
