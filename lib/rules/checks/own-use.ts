// OWN-USE-SEPARATE-TENANT, NO-SELF-OR-AFFILIATE-SALE, RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER: partners as customers.
import { citing, fail, msg, p, pass } from "../findings";
import type { Affiliation, Finding, MessageRef, Partner, RelationshipStatus, Tenant } from "../types";

const OWN_USE_SEPARATE_TENANT = citing("OWN-USE-SEPARATE-TENANT");
const NO_SELF_OR_AFFILIATE_SALE = citing("NO-SELF-OR-AFFILIATE-SALE");
const RESELLER_NOT_CUSTOMER_OF_OWN_PROVIDER = citing("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");

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
    return pass(OWN_USE_SEPARATE_TENANT, msg("ownUsePass", { seller: p.party(seller.type) }), facts, "customer");
  }
  return fail(
    OWN_USE_SEPARATE_TENANT,
    msg("ownUseFail", { problems: p.list(problems) }),
    facts,
    seller.type === "indirect-provider" ? "indirect-provider" : "customer",
  );
}

export function checkNoSelfOrAffiliateSale(affiliation: Affiliation | undefined): Finding {
  const value = affiliation ?? "none";
  const facts = { affiliation: value };
  if (value === "none") {
    return pass(NO_SELF_OR_AFFILIATE_SALE, msg("affiliationNone"), facts, "customer");
  }
  return fail(NO_SELF_OR_AFFILIATE_SALE, msg(value === "same-organization" ? "affiliationSame" : "affiliationGroup"), facts, "customer");
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
    return pass(RESELLER_NOT_CUSTOMER_OF_OWN_PROVIDER, msg("ownProviderNot"), facts, "indirect-provider");
  }
  if (isSeparateEnvironment(tenant, cspTenantId)) {
    return pass(
      RESELLER_NOT_CUSTOMER_OF_OWN_PROVIDER,
      msg("ownProviderSeparate", { status: p.status(relationship), tenant: tenant.id ?? p.message(msg("unnamedTenant")) }),
      facts,
      "indirect-provider",
    );
  }
  return fail(
    RESELLER_NOT_CUSTOMER_OF_OWN_PROVIDER,
    msg("ownProviderFail", { status: p.status(relationship) }),
    facts,
    "indirect-provider",
  );
}
