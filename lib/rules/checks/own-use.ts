// OWN-USE-SEPARATE-TENANT, NO-SELF-OR-AFFILIATE-SALE, RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER: partners as customers.
import { fail, pass } from "../findings";
import { listWords, partyLabel } from "../labels";
import type { Affiliation, Finding, Partner, RelationshipStatus, Tenant } from "../types";

/** Option 1 of scenario 6: a customer-type tenant set up as its own environment, not the buyer's CSP tenant. */
export function isSeparateEnvironment(tenant: Tenant, cspTenantId: string | undefined): boolean {
  return tenant.type === "customer" && tenant.separateEnvironment === true && tenant.id !== cspTenantId;
}

export function checkOwnUseTenant(seller: Partner, tenant: Tenant, cspTenantId: string | undefined): Finding {
  const facts = { sellerType: seller.type, tenantType: tenant.type, tenantId: tenant.id ?? null, cspTenantId: cspTenantId ?? null };
  const problems: string[] = [];
  if (seller.type === "indirect-provider") problems.push("it buys from an indirect provider, which sells to end customers only through a reseller");
  if (tenant.type === "csp") problems.push("the services would go into the partner's CSP tenant");
  else if (tenant.id !== undefined && tenant.id === cspTenantId) problems.push("the chosen tenant is the partner's CSP tenant");
  if (problems.length === 0) {
    return pass("OWN-USE-SEPARATE-TENANT", `The partner buys from a ${partyLabel(seller.type)} into a customer-type tenant, like any customer.`, facts, "customer");
  }
  return fail(
    "OWN-USE-SEPARATE-TENANT",
    `A partner buying for itself must buy from a reseller or direct-bill partner into a customer-type tenant, but ${listWords(problems)}.`,
    facts,
    seller.type === "indirect-provider" ? "indirect-provider" : "customer",
  );
}

export function checkNoSelfOrAffiliateSale(affiliation: Affiliation | undefined): Finding {
  const value = affiliation ?? "none";
  const facts = { affiliation: value };
  if (value === "none") {
    return pass("NO-SELF-OR-AFFILIATE-SALE", "Seller and buyer are unrelated organizations.", facts, "customer");
  }
  const who = value === "same-organization" ? "the seller's own organization" : "an affiliate of the seller (same affiliation group)";
  return fail("NO-SELF-OR-AFFILIATE-SALE", `The buyer is ${who}; partners may not sell to themselves or their affiliates as end customers.`, facts, "customer");
}

/**
 * A reseller with a live relationship to the provider that would supply the purchase may not become that
 * provider's end customer. An ordinary own-use tenant of the reseller does not change that (it is still the same
 * organization buying); only a tenant set up as a separate environment does (the article's option 1).
 */
export function checkResellerNotOwnProviderCustomer(
  buyer: Partner,
  relationship: RelationshipStatus | undefined,
  tenant: Tenant,
  cspTenantId: string | undefined,
): Finding {
  const facts = { buyerType: buyer.type, relationship: relationship ?? null, tenantType: tenant.type, tenantId: tenant.id ?? null, separateEnvironment: tenant.separateEnvironment ?? false };
  if (buyer.type !== "indirect-reseller" || relationship === undefined || relationship === "terminated") {
    return pass("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER", "The buyer does not resell for the provider that supplies this purchase.", facts, "indirect-provider");
  }
  if (isSeparateEnvironment(tenant, cspTenantId)) {
    return pass(
      "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER",
      `The buyer resells for this provider (relationship ${relationship}) but buys into a tenant set up as a separate environment (${tenant.id ?? "unnamed"}), which keeps the two roles apart.`,
      facts,
      "indirect-provider",
    );
  }
  return fail(
    "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER",
    `The buyer already resells for this provider (relationship ${relationship}), so it cannot also be that provider's end customer, not even into its own customer-type tenant.`,
    facts,
    "indirect-provider",
  );
}
