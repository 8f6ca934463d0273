// fast-check arbitraries that build proposals from the schema's shape by hand, including awkward values.
import fc from "fast-check";
import { COUNTRY_CODES } from "@/lib/rules/regions";
import type { Customer, Partner, Proposal, RelationshipStatus } from "@/lib/rules/types";

export const countryArb = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...COUNTRY_CODES) },
  { weight: 1, arbitrary: fc.constantFrom("QQ", "zz", "de", "Us") },
);

export const isoDateArb = fc
  .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const partnerTypeArb = fc.constantFrom("indirect-provider", "indirect-reseller", "direct-bill") as fc.Arbitrary<Partner["type"]>;
const relationshipArb = fc.constantFrom("invited", "active", "suspended", "termination-requested", "terminated") as fc.Arbitrary<RelationshipStatus>;
const affiliationArb = fc.constantFrom("none", "same-organization", "same-affiliation-group") as fc.Arbitrary<"none" | "same-organization" | "same-affiliation-group">;
const partyArb = fc.constantFrom("microsoft", "indirect-provider", "indirect-reseller", "direct-bill", "customer") as fc.Arbitrary<
  "microsoft" | "indirect-provider" | "indirect-reseller" | "direct-bill" | "customer"
>;

export const partnerArb: fc.Arbitrary<Partner> = fc.record(
  {
    type: partnerTypeArb,
    country: countryArb,
    partnerId: fc.stringMatching(/^\d{6,7}$/),
    onboarded: fc.boolean(),
    enrolled: fc.boolean(),
    mpaAcceptedOn: fc.option(isoDateArb, { nil: null }),
    directBill: fc.record({ apiIntegration: fc.boolean(), billing: fc.boolean(), support: fc.boolean(), managedServices: fc.boolean() }),
    // Facts of the later program versions, each sometimes absent.
    resellerSince: isoDateArb,
    trailingRevenueUsd: fc.constantFrom(0, 999, 1_000, 299_999, 300_000, 2_000_000),
    anniversaryRevenueUsd: fc.constantFrom(0, 999, 1_000, 50_000),
    assessedOn: fc.option(isoDateArb, { nil: null }),
    deauthorisedOn: fc.option(isoDateArb, { nil: null }),
  },
  { requiredKeys: ["type", "country"] },
);

export const customerArb: fc.Arbitrary<Customer> = fc.record(
  { country: countryArb, tenantId: fc.uuid(), otherPartners: fc.nat({ max: 5 }) },
  { requiredKeys: ["country"] },
);

const tenantArb = fc.record(
  { type: fc.constantFrom("customer", "csp") as fc.Arbitrary<"customer" | "csp">, id: fc.constantFrom("csp", "internal", "other"), country: countryArb },
  { requiredKeys: ["type"] },
);

const base = { on: isoDateArb, actor: partnerArb };

export const proposalArb: fc.Arbitrary<Proposal> = fc.oneof(
  fc.record(
    { ...base, action: fc.constant("sell" as const), customer: customerArb, provider: partnerArb, relationship: relationshipArb, chain: fc.array(partyArb, { minLength: 2, maxLength: 5 }), affiliation: affiliationArb },
    { requiredKeys: ["on", "actor", "action", "customer"] },
  ),
  fc.record(
    { ...base, action: fc.constant("buy-for-own-use" as const), seller: partnerArb, sellerProvider: partnerArb, tenant: tenantArb, actorCspTenantId: fc.constantFrom("csp", "other"), relationship: relationshipArb, affiliation: affiliationArb },
    { requiredKeys: ["on", "actor", "action", "seller", "tenant"] },
  ),
  fc.record({ ...base, action: fc.constant("link-provider-reseller" as const), counterparty: partnerArb, relationship: relationshipArb }, { requiredKeys: ["on", "actor", "action", "counterparty"] }),
  fc.record(
    { ...base, action: fc.constant("associate-reseller-subscription" as const), reseller: partnerArb, relationship: relationshipArb, customer: customerArb },
    { requiredKeys: ["on", "actor", "action", "reseller"] },
  ),
  fc.record({ ...base, action: fc.constant("transact-new-business" as const), reseller: partnerArb, relationship: relationshipArb }, { requiredKeys: ["on", "actor", "action", "reseller"] }),
  fc.record({ ...base, action: fc.constant("manage-customer-subscriptions" as const), customer: customerArb }),
  fc.record({ ...base, action: fc.constant("enroll" as const), as: fc.constantFrom("direct-bill", "indirect-reseller") as fc.Arbitrary<"direct-bill" | "indirect-reseller"> }),
  fc.record({
    ...base,
    action: fc.constant("end-relationship" as const),
    counterparty: partnerArb,
    relationship: relationshipArb,
    requestedBy: fc.constantFrom("partner", "program-support") as fc.Arbitrary<"partner" | "program-support">,
  }),
);
