import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BulkChecker } from "./bulk-checker";
import { failingFindings, type SubscriptionFacts } from "./check-subscription";
import type { DatedPartner, ScanCustomer, StatusHistory } from "./facts";

const day = fc.integer({ min: 0, max: 365 * 8 }).map((n) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const maybeDay = fc.option(day, { nil: null });
const country = fc.constantFrom("NL", "DE", "US", "BR", "GB");

const partner = (type: DatedPartner["type"], id: string) =>
  fc.record({ country, onboardedOn: maybeDay, enrolledOn: maybeDay, mpaAcceptedOn: maybeDay, affiliationGroup: fc.constantFrom(null, "g1") }).map(
    (facts): DatedPartner => ({
      id,
      type,
      legalName: id,
      partnerId: "1234567",
      ...facts,
      directBill: type === "direct-bill" ? { apiIntegration: true, billing: true, support: true, managedServices: facts.country !== "US" } : null,
    }),
  );

const history: fc.Arbitrary<StatusHistory> = fc
  .array(fc.record({ status: fc.constantFrom("invited", "active", "suspended", "termination-requested", "terminated" as const), from: day }), { maxLength: 4 })
  .map((changes) => changes.sort((a, b) => (a.from < b.from ? -1 : 1)));

const customer = fc.record({ country, affiliationGroup: fc.constantFrom(null, "g1"), ownerOrganizationId: fc.constantFrom(null, "r1", "p1") }).map(
  (facts): ScanCustomer => ({ id: "c", name: "Customer", ...facts }),
);

// A small world of a few partners, so that many subscriptions share a pair and a class.
const world = fc.record({
  providers: fc.tuple(partner("indirect-provider", "p1"), partner("direct-bill", "d1")),
  resellers: fc.tuple(partner("indirect-reseller", "r1"), partner("indirect-reseller", "r2")),
  histories: fc.tuple(history, history),
});

describe("evaluating in bulk", () => {
  it("finds exactly what evaluating each subscription on its own finds", () => {
    fc.assert(
      fc.property(world, fc.array(fc.tuple(fc.nat(3), day, customer), { minLength: 1, maxLength: 60 }), ({ providers, resellers, histories }, rows) => {
        const checker = new BulkChecker();
        for (const [which, on, sold] of rows) {
          const facts: SubscriptionFacts =
            which === 3
              ? { on, biller: providers[1], reseller: null, customer: sold, history: undefined }
              : { on, biller: providers[0], reseller: resellers[which % 2]!, customer: sold, history: histories[which % 2] };
          expect(checker.failing(facts)).toEqual(failingFindings(facts));
        }
      }),
      { numRuns: 150 },
    );
  });
});
