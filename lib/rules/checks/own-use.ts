// OWN-USE-SEPARATE-TENANT, NO-SELF-OR-AFFILIATE-SALE, RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER: partners as customers.
import { fail, msg, p, pass } from "../findings";
import type { Affiliation, Finding, MessageRef, Partner, RelationshipStatus, Tenant } from "../types";

/** Option 1 of scenario 6: a customer-type tenant set up as its own environment, not the buyer's CSP tenant. */
export function isSeparateEnvironment(tenant: Tenant, cspTenantId: string | undefined): boolean {
  return tenant.type === "customer" && tenant.separateEnvironment === true && tenant.id !== cspTenantId;
}

export function checkOwnUseTenant(seller: Partner, tenant: Tenant, cspTenantId: string | undefined): Finding {
  const facts = { sellerType: seller.type, tenantType: tenant.type, tenantId: tenant.id ?? null, cspTenantId: cspTenantId ?? null };
  const problems: MessageRef[] = [];
  if (seller.type === "indirect-provider") problems.push(msg("ownUseFromProvider"));
  if (tenant.type === "csp") problems.push(msg("ownUseCspTenant"));
  else if (tenant.id !== undefined && tenant.id === cspTenantId) problems.push(msg("ownUseChosenCsp"));
  if (problems.length === 0) {
    return pass("OWN-USE-SEPARATE-TENANT", msg("ownUsePass", { seller: p.party(seller.type) }), facts, "customer");
  }
  return fail(
    "OWN-USE-SEPARATE-TENANT",
    msg("ownUseFail", { problems: p.list(problems) }),
    facts,
    seller.type === "indirect-provider" ? "indirect-provider" : "customer",
  );
}

export function checkNoSelfOrAffiliateSale(affiliation: Affiliation | undefined): Finding {
  const value = affiliation ?? "none";
  const facts = { affiliation: value };
  if (value === "none") {
    return pass("NO-SELF-OR-AFFILIATE-SALE", msg("affiliationNone"), facts, "customer");
  }
  return fail("NO-SELF-OR-AFFILIATE-SALE", msg(value === "same-organization" ? "affiliationSame" : "affiliationGroup"), facts, "customer");
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
    return pass("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER", msg("ownProviderNot"), facts, "indirect-provider");
  }
  if (isSeparateEnvironment(tenant, cspTenantId)) {
    return pass(
      "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER",
      msg("ownProviderSeparate", { status: p.status(relationship), tenant: tenant.id ?? p.message(msg("unnamedTenant")) }),
      facts,
      "indirect-provider",
    );
  }
  return fail(
    "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER",
    msg("ownProviderFail", { status: p.status(relationship) }),
    facts,
    "indirect-provider",
  );
}
