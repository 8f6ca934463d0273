import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { nameContains } from "@/lib/db/name-search";
import { customerPartners, customers, managementRelationships as management, organizations, providerResellerRelationships, subscriptions, tenants } from "@/lib/db/schema";
import { evaluate } from "@/lib/rules";
import { regionIdOf } from "@/lib/db/regions";
import { refuse, refuseNotFound } from "@/lib/errors";
import type { Actor } from "./actor";
import type { ListWindow } from "./list-window";
import { ownPartnerFacts } from "./readiness";
import { affiliationBetween, toRulesPartner, today } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";
import { addCustomerRefusal } from "./customer-checks";
import { writeAudit } from "./audit";

export const CUSTOMERS_PAGE_SIZE = 20;
export const TENANT_TAKEN =
  "This tenant is already registered to a customer. If another partner serves it, ask the customer to accept you: send a reseller relationship request from Customer requests.";

/**
 * The customers a partner may see: those it created, sells to (as biller or reseller of record), serves or manages.
 * Its own internal-use customers are not "customers" here; they live on the own-use page.
 */
function visibleTo(db: Db | Tx, me: string): SQL {
  const sellsTo = db
    .select({ one: sql`1` })
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, customers.id), or(eq(subscriptions.billingPartnerId, me), eq(subscriptions.resellerOfRecordId, me))));
  const serves = db
    .select({ one: sql`1` })
    .from(customerPartners)
    .where(and(eq(customerPartners.customerId, customers.id), eq(customerPartners.partnerOrganizationId, me)));
  return and(
    or(eq(customers.createdByOrganizationId, me), exists(sellsTo), exists(serves), exists(managedBy(db, me))),
    sql`${customers.ownerOrganizationId} is distinct from ${me}`,
  )!;
}

/**
 * The same customers as `visibleTo`, as one set built from the index of each way a partner reaches a customer, for
 * the list: the OR of EXISTS above made the planner test every customer in the database (3 s at 1,000,000).
 */
function visibleToAsSet(me: string): SQL {
  return and(
    sql`${customers.id} in (
      select ${customers.id} from ${customers} where ${customers.createdByOrganizationId} = ${me}
      union select ${subscriptions.customerId} from ${subscriptions} where ${subscriptions.billingPartnerId} = ${me}
      union select ${subscriptions.customerId} from ${subscriptions} where ${subscriptions.resellerOfRecordId} = ${me}
      union select ${customerPartners.customerId} from ${customerPartners} where ${customerPartners.partnerOrganizationId} = ${me}
      union select ${management.customerId} from ${management} where ${management.partnerOrganizationId} = ${me} and ${management.revokedAt} is null)`,
    sql`${customers.ownerOrganizationId} is distinct from ${me}`,
  )!;
}

function managedBy(db: Db | Tx, me: string) {
  return db
    .select({ one: sql`1` })
    .from(management)
    .where(and(eq(management.customerId, customers.id), eq(management.partnerOrganizationId, me), isNull(management.revokedAt)));
}

// Raw subqueries in a select list render columns unqualified, so the outer customer is named in full here
// (an unqualified "id" would silently mean the inner table's id).
const outerCustomerId = sql.raw(`"customers"."id"`);

/** How many other partners serve (multi-partner) and manage (multi-channel) the customer: counts, never who. */
function otherPartnerCounts(me: string) {
  return {
    // A reseller's own providers are not "other partners": they bill the very subscriptions the reseller sells.
    otherPartners: sql<number>`(select count(*) from ${customerPartners} where ${customerPartners.customerId} = ${outerCustomerId} and ${customerPartners.partnerOrganizationId} <> ${me}
      and ${customerPartners.partnerOrganizationId} not in (select ${providerResellerRelationships.providerId} from ${providerResellerRelationships} where ${providerResellerRelationships.resellerId} = ${me}))`.mapWith(Number),
    otherManagers: sql<number>`(select count(*) from ${management} where ${management.customerId} = ${outerCustomerId} and ${management.partnerOrganizationId} <> ${me} and ${management.revokedAt} is null)`.mapWith(Number),
  };
}

/**
 * Whether the customer agreed to this partner selling to it (CUSTOMER-CONSENT): a customer the partner brought needs
 * no request (the first sale creates the relationship); one it already serves agreed (an accepted reseller
 * relationship request, or an earlier sale); a customer it only manages has not agreed to buy from it.
 */
function consentToSell(me: string) {
  return sql<"not-needed" | "accepted" | "missing">`case
    when ${customers.createdByOrganizationId} = ${me} then 'not-needed'
    when exists (select 1 from ${customerPartners} where ${customerPartners.customerId} = ${outerCustomerId} and ${customerPartners.partnerOrganizationId} = ${me}) then 'accepted'
    else 'missing' end`;
}

export type CustomerListQuery = { q?: string; page?: number; managedOnly?: boolean };

/** One page of the partner's customers, searched by name, with server-side paging. */
export async function listMyCustomers(actor: Actor, query: CustomerListQuery = {}, window?: ListWindow) {
  const page = Math.max(1, query.page ?? 1);
  // The page's numbered pages, or the partner API's cursor (an offset) and limit.
  const { offset, limit } = window ?? { offset: (page - 1) * CUSTOMERS_PAGE_SIZE, limit: CUSTOMERS_PAGE_SIZE };
  const empty = { rows: [], total: 0, page, pageSize: CUSTOMERS_PAGE_SIZE, pages: 1 };
  if (!actor.organizationId || actor.partnerType === "indirect-provider") return empty;
  const me = actor.organizationId;
  const db = await getDb();
  const conditions = [visibleToAsSet(me)];
  if (query.q) conditions.push(nameContains(customers.name, query.q));
  if (query.managedOnly) conditions.push(exists(managedBy(db, me)));
  const where = and(...conditions);
  // The page and its total side by side (one round trip's time on PostgreSQL instead of two).
  const [[{ total } = { total: 0 }], rows] = await Promise.all([
    db.select({ total: count() }).from(customers).where(where),
    db
      .select({
        id: customers.id,
        name: customers.name,
        country: customers.country,
        region: customers.region,
        mySubscriptions: sql<number>`(select count(*) from ${subscriptions} where ${subscriptions.customerId} = ${outerCustomerId} and (${subscriptions.billingPartnerId} = ${me} or ${subscriptions.resellerOfRecordId} = ${me}))`.mapWith(Number),
        managedByMe: sql<boolean>`exists ${managedBy(db, me)}`,
        ...otherPartnerCounts(me),
      })
      .from(customers)
      .where(where)
      .orderBy(asc(sql`lower(${customers.name})`), asc(customers.id))
      .limit(limit)
      .offset(offset),
  ]);
  return { rows, total, page, pageSize: CUSTOMERS_PAGE_SIZE, pages: Math.max(1, Math.ceil(total / CUSTOMERS_PAGE_SIZE)) };
}

/**
 * One customer as the partner sees it: its own subscriptions with the customer (and, where it manages the
 * customer, the others' subscriptions without naming who sells them). Another partner's customer is null.
 */
export async function getMyCustomer(actor: Actor, customerId: string) {
  if (!actor.organizationId || actor.partnerType === "indirect-provider") return null;
  const me = actor.organizationId;
  const db = await getDb();
  const [customer] = await db
    .select({
      id: customers.id,
      name: customers.name,
      country: customers.country,
      region: customers.region,
      createdByMe: sql<boolean>`${customers.createdByOrganizationId} = ${me}`,
      managedByMe: sql<boolean>`exists ${managedBy(db, me)}`,
      ...otherPartnerCounts(me),
    })
    .from(customers)
    .where(and(eq(customers.id, customerId), visibleTo(db, me)));
  if (!customer) return null;
  const [tenantRows, subscriptionRows] = await Promise.all([
    db.select({ tenantId: tenants.tenantId }).from(tenants).where(and(eq(tenants.customerId, customer.id), eq(tenants.tenantType, "customer"))).orderBy(asc(tenants.createdAt)),
    db
      .select({
        id: subscriptions.id,
        offerName: subscriptions.offerName,
        publisher: subscriptions.publisher,
        quantity: subscriptions.quantity,
        status: subscriptions.status,
        startsOn: subscriptions.startsOn,
        billedByMe: sql<boolean>`${subscriptions.billingPartnerId} = ${me}`,
        resoldByMe: sql<boolean>`${subscriptions.resellerOfRecordId} is not distinct from ${me}`,
        // The biller's name only on the partner's own subscriptions: for a reseller that is its provider.
        billerName: sql<string | null>`case when ${subscriptions.billingPartnerId} = ${me} or ${subscriptions.resellerOfRecordId} is not distinct from ${me} then ${organizations.legalName} end`,
      })
      .from(subscriptions)
      .innerJoin(organizations, eq(organizations.id, subscriptions.billingPartnerId))
      .where(
        and(
          eq(subscriptions.customerId, customer.id),
          customer.managedByMe ? undefined : or(eq(subscriptions.billingPartnerId, me), eq(subscriptions.resellerOfRecordId, me)),
        ),
      )
      .orderBy(asc(subscriptions.startsOn), asc(subscriptions.id)),
  ]);
  return { ...customer, tenantIds: tenantRows.map((row) => row.tenantId), subscriptions: subscriptionRows };
}

export type MyCustomer = NonNullable<Awaited<ReturnType<typeof getMyCustomer>>>;

/**
 * A partner records a new customer with its tenant (`addCustomerRefusal` decides, as for each row of an import), and
 * the "customer.created" event.
 */
export async function addCustomer(tx: Tx, actor: Actor, input: { name: string; country: string; tenantId?: string }) {
  const me = await ownPartnerFacts(tx, actor);
  const refusal = addCustomerRefusal(me, input);
  if (refusal) refuse(refusal);
  const [customer] = await tx
    .insert(customers)
    .values({ name: input.name, country: input.country, region: regionIdOf(input.country), createdByOrganizationId: me.id })
    .returning({ id: customers.id });
  const [tenant] = await tx
    .insert(tenants)
    .values({ tenantId: input.tenantId ?? randomUUID(), customerId: customer!.id, tenantType: "customer" })
    .onConflictDoNothing({ target: tenants.tenantId })
    .returning({ tenantId: tenants.tenantId });
  if (!tenant) refuse(TENANT_TAKEN, { tenantId: [TENANT_TAKEN] });
  await tx.insert(customerPartners).values({ customerId: customer!.id, partnerOrganizationId: me.id });
  // Recorded here rather than by the form's action, so a customer import's rows get the very same event.
  await writeAudit(tx, actor, { action: "customer.created", entityType: "customer", entityId: customer!.id, after: { name: input.name, country: input.country, tenantId: tenant.tenantId } });
  return { customerId: customer!.id, tenantId: tenant.tenantId };
}

/**
 * A direct-bill partner sells a subscription to one of its customers, billed by itself. The rules decide: MPA,
 * direct-bill requirements, region, and no sale to itself or an affiliate.
 */
export async function sellSubscription(
  tx: Tx,
  actor: Actor,
  input: { customerId: string; offerName: string; publisher: "first-party" | "third-party"; quantity: number; requestKey: string },
) {
  const me = await ownPartnerFacts(tx, actor);
  if (me.partnerType !== "direct-bill") refuse("Only a direct-bill partner bills its customers itself; resellers sell through their provider.");
  const [customer] = await tx
    .select({
      id: customers.id,
      name: customers.name,
      country: customers.country,
      ownerOrganizationId: customers.ownerOrganizationId,
      affiliationGroup: customers.affiliationGroup,
      ...otherPartnerCounts(me.id),
      consent: consentToSell(me.id),
    })
    .from(customers)
    .where(and(eq(customers.id, input.customerId), visibleTo(tx, me.id)));
  if (!customer) refuseNotFound();
  const verdict = evaluate({
    action: "sell",
    on: today(),
    actor: toRulesPartner(me),
    customer: { country: customer.country, name: customer.name, otherPartners: customer.otherPartners, consent: customer.consent },
    affiliation: affiliationBetween(me, customer),
  });
  refuseUnlessAllowed(verdict);
  const [tenant] = await tx
    .select({ id: tenants.id })
    .from(tenants)
    .where(and(eq(tenants.customerId, customer.id), eq(tenants.tenantType, "customer")))
    .orderBy(asc(tenants.createdAt))
    .limit(1);
  if (!tenant) refuse("This customer has no tenant to provision into.");
  const [subscription] = await tx
    .insert(subscriptions)
    .values({
      customerId: customer.id,
      tenantId: tenant.id,
      offerName: input.offerName,
      publisher: input.publisher,
      billingPartnerId: me.id,
      quantity: input.quantity,
      startsOn: today(),
      requestKey: input.requestKey,
    })
    .onConflictDoNothing({ target: subscriptions.requestKey })
    .returning({ id: subscriptions.id });
  if (!subscription) refuse("This subscription was already recorded (the form was sent twice).");
  await tx.insert(customerPartners).values({ customerId: customer.id, partnerOrganizationId: me.id }).onConflictDoNothing();
  return { subscriptionId: subscription.id, customerId: customer.id };
}
