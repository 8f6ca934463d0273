import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { customerPartners, customers, organizations, providerResellerRelationships as relationships, subscriptions, tenants } from "@/lib/db/schema";
import { regionIdOf } from "@/lib/db/regions";
import { evaluate, type BuyForOwnUseProposal, type Verdict } from "@/lib/rules";
import { refuse, refuseNotFound } from "@/lib/actions/define-action";
import type { Actor } from "./actor";
import { ownPartnerFacts } from "./readiness";
import { affiliationBetween, partnerFactColumns, toRulesPartner, today, type PartnerFacts } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";

/** The organization's internal-use tenants: customer-type tenants it owns, never its CSP tenant. */
export async function listOwnUseTenants(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  return db
    .select({ id: tenants.id, tenantId: tenants.tenantId, name: customers.name, country: customers.country })
    .from(tenants)
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(and(eq(tenants.ownerOrganizationId, actor.organizationId), eq(customers.ownerOrganizationId, actor.organizationId), eq(tenants.tenantType, "customer")))
    .orderBy(asc(customers.name));
}

/**
 * Who the organization can buy from in its region: direct-bill partners, and indirect resellers together with each
 * provider they actively resell for (the purchase is billed by that provider). Public partner details only.
 */
export async function listOwnUseSellers(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  const [me] = await db.select({ region: organizations.region }).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!me) return [];
  const provider = alias(organizations, "provider");
  const [direct, resellers] = await Promise.all([
    db
      .select({ id: organizations.id, name: organizations.legalName, country: organizations.country })
      .from(organizations)
      .where(and(eq(organizations.partnerType, "direct-bill"), eq(organizations.region, me.region), ne(organizations.id, actor.organizationId)))
      .orderBy(asc(organizations.legalName)),
    db
      .select({ id: organizations.id, name: organizations.legalName, country: organizations.country, providerId: provider.id, providerName: provider.legalName })
      .from(relationships)
      .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
      .innerJoin(provider, eq(provider.id, relationships.providerId))
      .where(and(eq(relationships.status, "active"), eq(organizations.region, me.region), ne(organizations.id, actor.organizationId)))
      .orderBy(asc(organizations.legalName), asc(provider.legalName)),
  ]);
  return [
    ...direct.map((seller) => ({ key: seller.id, label: `${seller.name} (direct-bill partner, ${seller.country})`, kind: "direct-bill" as const })),
    ...resellers.map((seller) => ({
      key: `${seller.id}:${seller.providerId}`,
      label: `${seller.name} (indirect reseller, ${seller.country}), supplied by ${seller.providerName}`,
      kind: "indirect-reseller" as const,
    })),
  ];
}

/** Own-use purchases: subscriptions into the organization's internal-use tenants. */
export async function listOwnUsePurchases(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  const biller = alias(organizations, "biller");
  const reseller = alias(organizations, "reseller");
  return db
    .select({
      id: subscriptions.id,
      offerName: subscriptions.offerName,
      quantity: subscriptions.quantity,
      startsOn: subscriptions.startsOn,
      tenantName: customers.name,
      billerName: biller.legalName,
      resellerName: reseller.legalName,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(biller, eq(biller.id, subscriptions.billingPartnerId))
    .leftJoin(reseller, eq(reseller.id, subscriptions.resellerOfRecordId))
    .where(eq(customers.ownerOrganizationId, actor.organizationId))
    .orderBy(desc(subscriptions.startsOn))
    .limit(100);
}

/** Registers an internal-use tenant: a customer record for the organization itself and a customer-type tenant it owns. */
export async function registerOwnUseTenant(tx: Tx, actor: Actor, input: { name: string; tenantId: string }) {
  const me = await ownPartnerFacts(tx, actor);
  if (input.tenantId === me.cspTenantId.toLowerCase()) {
    const message = "OWN-USE-SEPARATE-TENANT: this is your CSP tenant. Own-use purchases go to a separate, customer-type tenant.";
    refuse(message, { tenantId: [message] });
  }
  const [customer] = await tx
    .insert(customers)
    .values({
      name: input.name,
      country: me.country,
      region: regionIdOf(me.country),
      ownerOrganizationId: me.id,
      affiliationGroup: me.affiliationGroup,
      createdByOrganizationId: me.id,
    })
    .returning({ id: customers.id });
  const [tenant] = await tx
    .insert(tenants)
    .values({ tenantId: input.tenantId, customerId: customer!.id, tenantType: "customer", ownerOrganizationId: me.id })
    .onConflictDoNothing({ target: tenants.tenantId })
    .returning({ id: tenants.id });
  if (!tenant) refuse("This tenant is already registered.", { tenantId: ["This tenant is already registered."] });
  return { tenantRowId: tenant.id, customerId: customer!.id };
}

export type OwnUseChoice = { deliverTo: string; seller: string };

type Prepared = {
  proposal: BuyForOwnUseProposal;
  seller: PartnerFacts;
  provider: PartnerFacts | null;
  tenant: { id: string; customerId: string } | null;
};

/** Builds the rules' proposal for a purchase from database facts; null when the seller or tenant is not one on offer. */
async function prepare(db: Db | Tx, me: PartnerFacts, choice: OwnUseChoice): Promise<Prepared | null> {
  const [sellerId, providerId] = choice.seller.split(":");
  const [seller] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, sellerId!));
  if (!seller) return null;
  let provider: PartnerFacts | null = null;
  if (seller.partnerType === "indirect-reseller") {
    if (!providerId) return null;
    // The seller must actually resell for that provider.
    const [row] = await db
      .select(partnerFactColumns)
      .from(relationships)
      .innerJoin(organizations, eq(organizations.id, relationships.providerId))
      .where(and(eq(relationships.resellerId, seller.id), eq(relationships.providerId, providerId), eq(relationships.status, "active")));
    if (!row) return null;
    provider = row;
  }
  let tenant: Prepared["tenant"] = null;
  let tenantFacts: BuyForOwnUseProposal["tenant"];
  if (choice.deliverTo === "csp") {
    tenantFacts = { type: "csp", id: me.cspTenantId, country: me.country };
  } else {
    const [row] = await db
      .select({ id: tenants.id, customerId: tenants.customerId, tenantId: tenants.tenantId, type: tenants.tenantType, country: customers.country })
      .from(tenants)
      .innerJoin(customers, eq(customers.id, tenants.customerId))
      .where(and(eq(tenants.id, choice.deliverTo), eq(tenants.ownerOrganizationId, me.id), eq(customers.ownerOrganizationId, me.id)));
    if (!row) return null;
    tenant = { id: row.id, customerId: row.customerId };
    tenantFacts = { type: row.type, id: row.tenantId, country: row.country };
  }
  // The buyer's own live relationship with the provider that supplies this purchase, if any.
  let relationship: BuyForOwnUseProposal["relationship"];
  if (provider && me.partnerType === "indirect-reseller") {
    const [row] = await db
      .select({ status: relationships.status })
      .from(relationships)
      .where(and(eq(relationships.resellerId, me.id), eq(relationships.providerId, provider.id), ne(relationships.status, "terminated")));
    relationship = row?.status;
  }
  const proposal: BuyForOwnUseProposal = {
    action: "buy-for-own-use",
    on: today(),
    actor: toRulesPartner(me),
    seller: toRulesPartner(seller),
    ...(provider && { sellerProvider: toRulesPartner(provider) }),
    tenant: tenantFacts,
    actorCspTenantId: me.cspTenantId,
    ...(relationship && { relationship }),
    affiliation: affiliationBetween(me, seller),
  };
  return { proposal, seller, provider, tenant };
}

async function ownsTenant(tx: Tx, organizationId: string, tenantRowId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: tenants.id })
    .from(tenants)
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(and(eq(tenants.id, tenantRowId), eq(tenants.ownerOrganizationId, organizationId), eq(customers.ownerOrganizationId, organizationId)));
  return row !== undefined;
}

/** What the rules say about a purchase the partner is considering (read-only, for the page). */
export async function checkOwnUsePurchase(actor: Actor, choice: OwnUseChoice): Promise<Verdict | null> {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const [me] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!me) return null;
  const prepared = await prepare(db, me, choice);
  return prepared ? evaluate(prepared.proposal) : null;
}

/**
 * Records an own-use purchase the rules allow: billed by the seller (a direct-bill partner) or by the reseller's
 * provider with the reseller as reseller of record, into the partner's internal-use tenant.
 */
export async function buyForOwnUse(
  tx: Tx,
  actor: Actor,
  input: OwnUseChoice & { offerName: string; quantity: number; requestKey: string },
) {
  const me = await ownPartnerFacts(tx, actor);
  // Another organization's tenant answers like one that does not exist.
  if (input.deliverTo !== "csp" && !(await ownsTenant(tx, me.id, input.deliverTo))) refuseNotFound();
  const prepared = await prepare(tx, me, input);
  if (!prepared) refuse("Choose a seller and an internal-use tenant from the lists.");
  refuseUnlessAllowed(evaluate(prepared.proposal));
  if (!prepared.tenant) refuse("Choose one of your internal-use tenants.");
  const billing = prepared.provider ?? prepared.seller;
  const [subscription] = await tx
    .insert(subscriptions)
    .values({
      customerId: prepared.tenant.customerId,
      tenantId: prepared.tenant.id,
      offerName: input.offerName,
      publisher: "first-party",
      billingPartnerId: billing.id,
      resellerOfRecordId: prepared.provider ? prepared.seller.id : null,
      quantity: input.quantity,
      startsOn: today(),
      requestKey: input.requestKey,
    })
    .onConflictDoNothing({ target: subscriptions.requestKey })
    .returning({ id: subscriptions.id });
  if (!subscription) refuse("This purchase was already recorded (the form was sent twice).");
  await tx.insert(customerPartners).values({ customerId: prepared.tenant.customerId, partnerOrganizationId: prepared.seller.id }).onConflictDoNothing();
  return { subscriptionId: subscription.id, sellerId: prepared.seller.id, billingId: billing.id };
}

export const newRequestKey = () => randomUUID();
