// The eight sample scenarios of the article ("Supported partner transactions in the CSP program"), every branch.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { ON, directBill, failingRules, findingFor, provider, reseller } from "@/test/rules/fixtures";
import type { Partner } from "./types";

describe("Sample scenario 1: a partner owns the end-to-end customer relationship", () => {
  it("relationship 1: Microsoft -> direct-bill partner -> customer is allowed", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: directBill(), customer: { country: "FR" } });
    expect(verdict.allowed).toBe(true);
    expect(verdict.chains).toEqual([{ id: "direct-bill", steps: [{ party: "microsoft" }, { party: "direct-bill" }, { party: "customer" }] }]);
  });

  it("relationship 2: Microsoft -> indirect provider -> indirect reseller -> customer is allowed", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: reseller(), provider: provider(), relationship: "active", customer: { country: "DE" } });
    expect(verdict.allowed).toBe(true);
    expect(verdict.chains[0]?.steps.map((step) => step.party)).toEqual(["microsoft", "indirect-provider", "indirect-reseller", "customer"]);
    expect(verdict.chains[0]?.steps.some((step) => step.blocked)).toBe(false);
  });

  it("a provider selling to an end customer without a reseller is blocked at the reseller step", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: provider(), customer: { country: "NL" } });
    expect(failingRules(verdict)).toEqual(["SUPPORTED-CHAIN"]);
    expect(verdict.chains[0]?.steps.find((step) => step.party === "indirect-reseller")?.blocked).toBe("SUPPORTED-CHAIN");
  });

  it("a reseller buying straight from Microsoft is blocked", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: reseller(), relationship: "active", chain: ["microsoft", "indirect-reseller", "customer"], customer: { country: "DE" } });
    expect(failingRules(verdict)).toEqual(["SUPPORTED-CHAIN"]);
  });
});

describe("Sample scenario 2: the customer needs a service another partner offers", () => {
  it("the customer may buy from several partners: allowed, explained, never blocked", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: directBill(), customer: { country: "FR", otherPartners: 2 } });
    expect(verdict.allowed).toBe(true);
    expect(findingFor(verdict, "MULTI-PARTNER").outcome).toBe("info");
  });
});

describe("Sample scenario 3: a customer hires a partner to manage its subscriptions", () => {
  it("several partners may manage the same customer's subscriptions", () => {
    const verdict = evaluate({ action: "manage-customer-subscriptions", on: ON, actor: reseller(), customer: { country: "DE", otherPartners: 1 } });
    expect(verdict.allowed).toBe(true);
    expect(findingFor(verdict, "MULTI-CHANNEL").outcome).toBe("info");
  });
});

describe("Sample scenario 4: a partner buys for its own use", () => {
  const buyers: [string, Partner][] = [
    ["indirect provider", provider({ country: "FR" })],
    ["indirect reseller", reseller({ country: "FR" })],
    ["direct-bill partner", directBill({ partnerId: "3000099" })],
  ];
  const sellers: [string, Partner][] = [
    ["an indirect reseller", reseller({ country: "FR", partnerId: "2000077" })],
    ["a direct-bill partner", directBill()],
  ];
  for (const [buyerName, buyer] of buyers) {
    for (const [sellerName, seller] of sellers) {
      it(`${buyerName} buys from ${sellerName} into a customer-type tenant: allowed`, () => {
        const verdict = evaluate({ action: "buy-for-own-use", on: ON, actor: buyer, seller, tenant: { type: "customer", id: "internal" }, actorCspTenantId: "csp" });
        expect(verdict.allowed).toBe(true);
      });
    }
    it(`${buyerName} provisions into its CSP tenant: blocked`, () => {
      const verdict = evaluate({ action: "buy-for-own-use", on: ON, actor: buyer, seller: directBill(), tenant: { type: "csp", id: "csp" }, actorCspTenantId: "csp" });
      expect(failingRules(verdict)).toContain("OWN-USE-SEPARATE-TENANT");
      expect(verdict.remedies.map((remedy) => remedy.id)).toContain("use-customer-tenant");
    });
  }
});

describe("Sample scenario 5: a partner sells to itself", () => {
  it("selling to itself as end customer is blocked", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: directBill(), customer: { country: "FR" }, affiliation: "same-organization" });
    expect(failingRules(verdict)).toEqual(["NO-SELF-OR-AFFILIATE-SALE"]);
  });
  it("selling to an affiliate as end customer is blocked", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: directBill(), customer: { country: "FR" }, affiliation: "same-affiliation-group" });
    expect(failingRules(verdict)).toEqual(["NO-SELF-OR-AFFILIATE-SALE"]);
  });
  it("selling to an unrelated organization is allowed", () => {
    expect(evaluate({ action: "sell", on: ON, actor: directBill(), customer: { country: "FR" }, affiliation: "none" }).allowed).toBe(true);
  });
});

describe("Sample scenario 6: reseller buys as end customer", () => {
  const buyer = reseller();
  const ownProvider = provider();

  it("buying from its own provider is blocked and offers the three ways out", () => {
    const verdict = evaluate({ action: "buy-for-own-use", on: ON, actor: buyer, seller: reseller({ partnerId: "2000055" }), sellerProvider: ownProvider, relationship: "active", tenant: { type: "customer" }, actorCspTenantId: "csp" });
    expect(failingRules(verdict)).toEqual(["RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER"]);
    expect(verdict.remedies.map((remedy) => remedy.id)).toEqual(["option-1-separate-tenant", "option-2-switch-provider", "option-3-add-provider"]);
    expect(verdict.chains[0]?.steps.find((step) => step.party === "indirect-provider")?.blocked).toBe("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
  });

  it("its own customer-type tenant does not get around it", () => {
    const verdict = evaluate({ action: "buy-for-own-use", on: ON, actor: buyer, seller: reseller({ partnerId: "2000055" }), sellerProvider: ownProvider, relationship: "active", tenant: { type: "customer", id: "internal" }, actorCspTenantId: "csp" });
    expect(failingRules(verdict)).toEqual(["RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER"]);
  });

  it("option 1: a tenant set up as a separate environment makes the purchase allowed", () => {
    const verdict = evaluate({ action: "buy-for-own-use", on: ON, actor: buyer, seller: reseller({ partnerId: "2000055" }), sellerProvider: ownProvider, relationship: "active", tenant: { type: "customer", id: "separate", separateEnvironment: true }, actorCspTenantId: "csp" });
    expect(verdict.allowed).toBe(true);
  });

  it("option 2: the reseller's request to end the relationship goes to program support", () => {
    const request = evaluate({ action: "end-relationship", on: ON, actor: buyer, counterparty: ownProvider, relationship: "active", requestedBy: "partner" });
    expect(request.allowed).toBe(true);
    expect(request.routedTo).toBe("program-support");
    const ended = evaluate({ action: "end-relationship", on: ON, actor: buyer, counterparty: ownProvider, relationship: "active", requestedBy: "program-support" });
    expect(ended.allowed).toBe(true);
    expect(ended.routedTo).toBeUndefined();
  });

  it("option 2: after the relationship ends it links to another provider and buys from a direct-bill partner", () => {
    const link = evaluate({ action: "link-provider-reseller", on: ON, actor: provider({ country: "BE", partnerId: "1000077" }), counterparty: buyer });
    expect(link.allowed).toBe(true);
    const purchase = evaluate({ action: "buy-for-own-use", on: ON, actor: buyer, seller: directBill({ country: "DE" }), relationship: "terminated", tenant: { type: "customer" }, actorCspTenantId: "csp" });
    expect(purchase.allowed).toBe(true);
  });

  it("option 3: keeping the provider, it adds a reseller relationship with another provider", () => {
    const verdict = evaluate({ action: "link-provider-reseller", on: ON, actor: buyer, counterparty: provider({ country: "AT", partnerId: "1000088" }), relationship: "invited" });
    expect(verdict.allowed).toBe(true);
  });
});

describe("Sample scenario 7: a reseller sells to a customer in another region", () => {
  it("a customer in another region is blocked, naming both regions", () => {
    const verdict = evaluate({ action: "sell", on: ON, actor: reseller(), relationship: "active", customer: { country: "BR" } });
    expect(failingRules(verdict)).toEqual(["SAME-REGION-SALE"]);
    expect(findingFor(verdict, "SAME-REGION-SALE").explanation).toContain("BR (region Brazil)");
    expect(verdict.chains[0]?.steps.at(-1)).toEqual({ party: "customer", blocked: "SAME-REGION-SALE" });
  });
  it("a customer in the same region is allowed", () => {
    expect(evaluate({ action: "sell", on: ON, actor: reseller(), relationship: "active", customer: { country: "IT" } }).allowed).toBe(true);
  });
});

describe("Sample scenario 8: a provider links with a reseller in another region", () => {
  it("a reseller in another region is blocked", () => {
    const verdict = evaluate({ action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller({ country: "IN" }) });
    expect(failingRules(verdict)).toEqual(["SAME-REGION-RELATIONSHIP"]);
  });
  it("a reseller in the same region is allowed", () => {
    expect(evaluate({ action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller({ country: "ES" }) }).allowed).toBe(true);
  });
});
