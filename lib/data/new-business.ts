import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { refuse, refuseNotFound } from "@/lib/errors";
import { getDb, type Tx } from "@/lib/db/client";
import { regionIdOf } from "@/lib/db/regions";
import {
  customerPartners,
  customers,
  organizations,
  providerResellerRelationships as relationships,
  subscriptions,
  tenants,
} from "@/lib/db/schema";
import { evaluate, INDIRECT_CHAIN, type Finding, type RelationshipStatus } from "@/lib/rules";
import type { NewSubscriptionInput } from "@/lib/validation/resellers";
import type { Actor } from "./actor";
import { affiliationBetween, partnerFactColumns, toRulesPartner, today, type PartnerFacts } from "./rules-facts";
import { blockingFindings, refuseForRules } from "./verdicts";

/** Customers the provider already serves on this reseller's behalf, for the subscription form's picker. */
export async function listCustomersServedThroughReseller(actor: Actor, resellerId: string, limit = 200) {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) return [];
  const db = await getDb();
  return db
    .select({ id: customers.id, name: customers.name, country: customers.country })
    .from(customerPartners)
    .innerJoin(customers, eq(customers.id, customerPartners.customerId))
    .where(and(eq(customerPartners.partnerOrganizationId, actor.organizationId), eq(customerPartners.onBehalfOfResellerId, resellerId)))
    .orderBy(asc(customers.name))
    .limit(limit);
}

/**
 * The rules for a provider recording a reseller on a new subscription for a customer: associate the Partner ID,
 * transact new business, and the sale itself along the indirect chain. Failing findings, each rule once.
 */
export function newSubscriptionFindings(
  provider: PartnerFacts,
  reseller: PartnerFacts,
  relationship: RelationshipStatus | undefined,
  customer?: { country: string; affiliationGroup: string | null; ownerOrganizationId: string | null; otherPartners: number },
): Finding[] {
  const on = today();
  const providerPartner = toRulesPartner(provider);
  const resellerPartner = toRulesPartner(reseller);
  const withRelationship = relationship ? { relationship } : {};
  const verdicts = [
    evaluate({
      action: "associate-reseller-subscription",
      on,
      actor: providerPartner,
      reseller: resellerPartner,
      ...withRelationship,
      ...(customer ? { customer: { country: customer.country } } : {}),
    }),
    evaluate({ action: "transact-new-business", on, actor: providerPartner, reseller: resellerPartner, ...withRelationship }),
  ];
  if (customer) {
    verdicts.push(
      evaluate({
        action: "sell",
        on,
        actor: resellerPartner,
        provider: providerPartner,
        ...withRelationship,
        chain: [...INDIRECT_CHAIN],
        customer: { country: customer.country, otherPartners: customer.otherPartners },
        affiliation: affiliationBetween(reseller, customer),
      }),
    );
  }
  return blockingFindings(...verdicts);
}

/** The reseller's facts and its live relationship status with the actor's provider; null when never related. */
export async function resellerForNewBusiness(db: Tx | Awaited<ReturnType<typeof getDb>>, providerId: string, resellerId: string) {
  const [row] = await db
    .select({ reseller: partnerFactColumns, status: relationships.status })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(and(eq(relationships.providerId, providerId), eq(relationships.resellerId, resellerId)))
    .orderBy(sql`${relationships.status} = 'terminated'`, sql`${relationships.createdAt} desc`)
    .limit(1);
  if (!row) return null;
  return { reseller: row.reseller, status: row.status === "terminated" ? undefined : row.status };
}

/**
 * Creates a subscription billed by the provider with the reseller as reseller of record, for a customer the provider
 * serves through that reseller or a new one made on the reseller's behalf. The rules decide first; a blocked
 * proposal writes nothing. The form's request key makes a repeated submission a no-op refusal.
 */
export async function createSubscriptionThroughReseller(tx: Tx, actor: Actor, input: NewSubscriptionInput) {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) refuse("Only an indirect provider can do this.");
  const providerId = actor.organizationId;

  const [already] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.requestKey, input.requestKey));
  if (already) refuse("This form was already submitted: the subscription exists. Open the reseller's page to see it.");

  const [provider] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, providerId));
  const pair = await resellerForNewBusiness(tx, providerId, input.resellerId);
  if (!pair || !provider) refuseNotFound();

  // Only a customer the provider serves through this very reseller; any other (served directly, through another
  // reseller, or another organization's) answers like a missing one.
  const existing = input.customerId ? await customerServedThroughReseller(tx, providerId, input.resellerId, input.customerId) : null;
  if (input.customerId && !existing) refuseNotFound();
  const customer = existing ?? {
    id: null,
    name: input.customerName,
    country: input.customerCountry,
    affiliationGroup: null,
    ownerOrganizationId: null,
    otherPartners: 0,
  };

  const blocking = newSubscriptionFindings(provider, pair.reseller, pair.status, customer);
  if (blocking.length > 0) {
    refuseForRules(`Not allowed: ${pair.reseller.legalName} cannot be recorded on this subscription.`, blocking);
  }

  const target = existing ? { customerId: existing.id, tenantId: existing.tenantId } : await insertCustomer(tx, providerId, customer);
  await tx
    .insert(customerPartners)
    .values([
      { customerId: target.customerId, partnerOrganizationId: providerId, onBehalfOfResellerId: input.resellerId },
      { customerId: target.customerId, partnerOrganizationId: input.resellerId },
    ])
    .onConflictDoNothing();
  const [subscription] = await tx
    .insert(subscriptions)
    .values({
      customerId: target.customerId,
      tenantId: target.tenantId,
      offerName: input.offerName,
      publisher: input.publisher,
      billingPartnerId: providerId,
      resellerOfRecordId: input.resellerId,
      quantity: input.quantity,
      startsOn: today(),
      requestKey: input.requestKey,
    })
    // Two submissions racing past the check above: the unique request key lets only the first insert a row.
    .onConflictDoNothing({ target: subscriptions.requestKey })
    .returning({ id: subscriptions.id });
  if (!subscription) refuse("This form was already submitted: the subscription exists. Open the reseller's page to see it.");
  return {
    subscriptionId: subscription.id,
    customerId: target.customerId,
    newCustomer: !existing,
    customerName: customer.name,
    resellerName: pair.reseller.legalName,
  };
}

async function customerServedThroughReseller(tx: Tx, providerId: string, resellerId: string, customerId: string) {
  const [row] = await tx
    .select({
      id: customers.id,
      name: customers.name,
      country: customers.country,
      affiliationGroup: customers.affiliationGroup,
      ownerOrganizationId: customers.ownerOrganizationId,
      tenantId: sql<string>`(select ${tenants.id} from ${tenants} where ${tenants.customerId} = ${customers.id} and ${tenants.tenantType} = 'customer' order by ${tenants.createdAt} limit 1)`,
      otherPartners: sql<number>`(select count(*) from ${customerPartners} where ${customerPartners.customerId} = ${customers.id} and ${customerPartners.partnerOrganizationId} <> ${providerId})`.mapWith(Number),
    })
    .from(customers)
    .innerJoin(
      customerPartners,
      and(eq(customerPartners.customerId, customers.id), eq(customerPartners.partnerOrganizationId, providerId), eq(customerPartners.onBehalfOfResellerId, resellerId)),
    )
    .where(eq(customers.id, customerId));
  if (!row || !row.tenantId) return null;
  return row;
}

async function insertCustomer(tx: Tx, providerId: string, customer: { name: string; country: string }) {
  const [row] = await tx
    .insert(customers)
    .values({ name: customer.name, country: customer.country, region: regionIdOf(customer.country), createdByOrganizationId: providerId })
    .returning({ id: customers.id });
  // A new customer gets its own customer-type tenant; the id stands in for the one Microsoft would assign.
  const [tenant] = await tx
    .insert(tenants)
    .values({ tenantId: randomUUID(), customerId: row!.id, tenantType: "customer" })
    .returning({ id: tenants.id });
  return { customerId: row!.id, tenantId: tenant!.id };
}

