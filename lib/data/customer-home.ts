import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { customerPartners, customers, managementRelationships as management, organizations, subscriptions } from "@/lib/db/schema";
import type { Actor } from "./actor";

/**
 * What a customer's admin sees of their own customer: who sells to it (multi-partner) and since when, who may manage
 * its subscriptions (multi-channel) and since when, its subscriptions by partner, and its region, which limits who can
 * serve it. Only the actor's own customer: the id comes from the session, never from the request.
 */
export async function getCustomerHome(actor: Actor) {
  if (!actor.customerId) return null;
  const db = await getDb();
  const [customer] = await db
    .select({ id: customers.id, name: customers.name, country: customers.country, region: customers.region, requireTwoFactor: customers.requireTwoFactor })
    .from(customers)
    .where(eq(customers.id, actor.customerId));
  if (!customer) return null;
  const [sellers, managers, subscriptionRows] = await Promise.all([
    db
      .select({ partnerName: organizations.legalName, partnerId: organizations.partnerId, partnerType: organizations.partnerType, since: customerPartners.createdAt })
      .from(customerPartners)
      .innerJoin(organizations, eq(organizations.id, customerPartners.partnerOrganizationId))
      .where(eq(customerPartners.customerId, customer.id))
      .orderBy(asc(customerPartners.createdAt), asc(organizations.legalName)),
    db
      .select({ grantId: management.id, partnerName: organizations.legalName, partnerId: organizations.partnerId, since: management.grantedAt })
      .from(management)
      .innerJoin(organizations, eq(organizations.id, management.partnerOrganizationId))
      .where(and(eq(management.customerId, customer.id), isNull(management.revokedAt)))
      .orderBy(asc(management.grantedAt), asc(organizations.legalName)),
    db
      .select({
        id: subscriptions.id,
        offerName: subscriptions.offerName,
        quantity: subscriptions.quantity,
        status: subscriptions.status,
        startsOn: subscriptions.startsOn,
        billerName: organizations.legalName,
        resellerName: sql<string | null>`(select ${organizations.legalName} from ${organizations} where ${organizations.id} = ${subscriptions.resellerOfRecordId})`,
      })
      .from(subscriptions)
      .innerJoin(organizations, eq(organizations.id, subscriptions.billingPartnerId))
      .where(eq(subscriptions.customerId, customer.id))
      .orderBy(asc(organizations.legalName), asc(subscriptions.startsOn), asc(subscriptions.id)),
  ]);
  // Grouped under the partner the customer deals with: the reseller of record where there is one, else the biller.
  const byPartner = new Map<string, typeof subscriptionRows>();
  for (const row of subscriptionRows) {
    const partner = row.resellerName ?? row.billerName;
    byPartner.set(partner, [...(byPartner.get(partner) ?? []), row]);
  }
  return { ...customer, sellers, managers, subscriptionsByPartner: [...byPartner.entries()].map(([partner, rows]) => ({ partner, rows })) };
}

export type CustomerHome = NonNullable<Awaited<ReturnType<typeof getCustomerHome>>>;
