import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, or } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import {
  customerPartners,
  customers,
  managementRelationships,
  organizations,
  providerResellerRelationships as relationships,
} from "@/lib/db/schema";
import type { CounterpartyFacts, CounterpartyOption } from "@/lib/checker/counterparty";
import type { Partner } from "@/lib/rules";
import type { CounterpartyRequest } from "@/lib/validation/check";
import type { Actor } from "./actor";
import { affiliationBetween, partnerFactColumns, toRulesPartner } from "./rules-facts";

type Executor = Db | Tx;

/** How many counterparties a picker lists; the checker is for one question at a time, not a directory. */
const PICKER_LIMIT = 200;

/** Ids of the customers a partner serves, created, or manages: the only customers it may look at. */
function visibleCustomerIds(db: Executor, organizationId: string) {
  return db
    .select({ id: customers.id })
    .from(customers)
    .where(
      or(
        eq(customers.createdByOrganizationId, organizationId),
        inArray(
          customers.id,
          db
            .select({ id: customerPartners.customerId })
            .from(customerPartners)
            .where(or(eq(customerPartners.partnerOrganizationId, organizationId), eq(customerPartners.onBehalfOfResellerId, organizationId))),
        ),
        inArray(
          customers.id,
          db
            .select({ id: managementRelationships.customerId })
            .from(managementRelationships)
            .where(and(eq(managementRelationships.partnerOrganizationId, organizationId), isNull(managementRelationships.revokedAt))),
        ),
      ),
    );
}

/** The relationships between the actor's organization and its providers (if reseller) or resellers (if provider). */
async function relationshipsOf(db: Executor, organizationId: string, otherId?: string) {
  const rows = await db
    .select({ providerId: relationships.providerId, resellerId: relationships.resellerId, status: relationships.status })
    .from(relationships)
    .where(
      or(
        and(eq(relationships.providerId, organizationId), otherId ? eq(relationships.resellerId, otherId) : undefined),
        and(eq(relationships.resellerId, organizationId), otherId ? eq(relationships.providerId, otherId) : undefined),
      ),
    )
    .orderBy(desc(relationships.createdAt));
  // One status per partner: the live relationship if there is one, else the latest ended one.
  const byPartner = new Map<string, (typeof rows)[number]["status"]>();
  for (const row of rows) {
    const other = row.providerId === organizationId ? row.resellerId : row.providerId;
    const known = byPartner.get(other);
    if (known === undefined || (known === "terminated" && row.status !== "terminated")) byPartner.set(other, row.status);
  }
  return byPartner;
}

async function partnerFacts(db: Executor, organizationId: string) {
  const [row] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, organizationId));
  return row ?? null;
}

/**
 * What the scenario checker knows about a signed-in partner: its own facts (to fill "who you are") and the
 * counterparties it may pick. Null for program support, which acts for no organization.
 */
export async function getCheckerContext(actor: Actor): Promise<{ me: Partner; options: CounterpartyOption[] } | null> {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const own = await partnerFacts(db, actor.organizationId);
  if (!own) return null;
  const customerRows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(inArray(customers.id, visibleCustomerIds(db, actor.organizationId)))
    .orderBy(asc(customers.name))
    .limit(PICKER_LIMIT);
  const statuses = await relationshipsOf(db, actor.organizationId);
  const partnerRows = statuses.size
    ? await db
        .select({ id: organizations.id, name: organizations.legalName, partnerType: organizations.partnerType })
        .from(organizations)
        .where(inArray(organizations.id, [...statuses.keys()]))
        .orderBy(asc(organizations.legalName))
        .limit(PICKER_LIMIT)
    : [];
  return {
    me: toRulesPartner(own),
    options: [
      ...customerRows.map((row): CounterpartyOption => ({ kind: "customer", id: row.id, name: row.name })),
      ...partnerRows.map((row): CounterpartyOption => ({ kind: "partner", id: row.id, name: row.name, partnerType: row.partnerType, relationship: statuses.get(row.id)! })),
    ],
  };
}

/**
 * The facts the checker needs about one counterparty, or null when the actor may not see it: a customer must be
 * one the actor serves, created or manages; a partner must have a relationship with the actor's organization.
 */
export async function getCheckCounterparty(db: Executor, actor: Actor, request: CounterpartyRequest): Promise<CounterpartyFacts | null> {
  if (!actor.organizationId) return null;
  const own = await partnerFacts(db, actor.organizationId);
  if (!own) return null;

  if (request.kind === "customer") {
    const [customer] = await db
      .select({ id: customers.id, name: customers.name, country: customers.country, ownerOrganizationId: customers.ownerOrganizationId, affiliationGroup: customers.affiliationGroup })
      .from(customers)
      .where(and(eq(customers.id, request.id), inArray(customers.id, visibleCustomerIds(db, actor.organizationId))));
    if (!customer) return null;
    const serving = await db
      .select({ partner: customerPartners.partnerOrganizationId })
      .from(customerPartners)
      .where(and(eq(customerPartners.customerId, customer.id), ne(customerPartners.partnerOrganizationId, actor.organizationId)));
    const managing = await db
      .select({ partner: managementRelationships.partnerOrganizationId })
      .from(managementRelationships)
      .where(and(eq(managementRelationships.customerId, customer.id), isNull(managementRelationships.revokedAt), ne(managementRelationships.partnerOrganizationId, actor.organizationId)));
    const otherPartners = new Set([...serving, ...managing].map((row) => row.partner)).size;
    return {
      kind: "customer",
      id: customer.id,
      name: customer.name,
      country: customer.country,
      otherPartners,
      affiliation: affiliationBetween(own, customer),
    };
  }

  const statuses = await relationshipsOf(db, actor.organizationId, request.id);
  const relationship = statuses.get(request.id);
  if (!relationship) return null;
  const partner = await partnerFacts(db, request.id);
  if (!partner) return null;
  return {
    kind: "partner",
    id: partner.id,
    name: partner.legalName,
    partner: toRulesPartner(partner),
    relationship,
    affiliation: affiliationBetween(own, partner),
  };
}
