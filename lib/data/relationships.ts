import "server-only";
import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import {
  auditEvents,
  customers,
  organizations,
  providerResellerRelationships as relationships,
  subscriptions,
  terminationRequests,
  users,
} from "@/lib/db/schema";
import { parsePartnerId } from "@/lib/rules";
import {
  RESELLER_PAGE_SIZE,
  type ReadinessFilter,
  type ReadinessStage,
  type ResellerListQuery,
  type StatusFilter,
} from "@/lib/validation/resellers";
import type { Actor } from "./actor";
import type { ListWindow } from "./list-window";
import { partnerFactColumns } from "./rules-facts";

/** The provider organization the actor acts for, or null when the actor is not an indirect provider. */
function providerOf(actor: Actor): string | null {
  return actor.partnerType === "indirect-provider" && actor.organizationId ? actor.organizationId : null;
}

/** True when the reseller buys through the provider on at least one active subscription (the funnel's last stage). */
function transactingWith(providerId: string) {
  return sql<boolean>`exists (select 1 from ${subscriptions} where ${subscriptions.resellerOfRecordId} = ${relationships.resellerId}
    and ${subscriptions.billingPartnerId} = ${providerId} and ${subscriptions.status} = 'active')`;
}

/** Each funnel stage includes the stages before it, so the counts only go down. */
function stageReached(stage: ReadinessStage, providerId: string): SQL {
  const onboarded = sql`${organizations.onboardedAt} is not null`;
  const enrolled = sql`${onboarded} and ${organizations.resellerEnrolledAt} is not null`;
  const mpa = sql`${enrolled} and ${organizations.mpaAcceptedOn} is not null`;
  if (stage === "onboarded") return onboarded;
  if (stage === "enrolled") return enrolled;
  if (stage === "mpa-signed") return mpa;
  return sql`${mpa} and ${relationships.status} = 'active' and ${transactingWith(providerId)}`;
}

function readinessCondition(filter: ReadinessFilter, providerId: string): SQL | undefined {
  if (filter === "any") return undefined;
  if (filter === "not-onboarded") return sql`${organizations.onboardedAt} is null`;
  if (filter === "not-mpa-signed") return sql`${organizations.mpaAcceptedOn} is null`;
  return stageReached(filter, providerId);
}

function statusCondition(filter: StatusFilter): SQL | undefined {
  if (filter === "all") return undefined;
  if (filter === "live") return ne(relationships.status, "terminated");
  return eq(relationships.status, filter);
}

/** Search: an exact Partner ID when the text is one, otherwise a prefix of the legal name (index-backed). */
function searchCondition(text: string): SQL | undefined {
  if (!text) return undefined;
  const namePrefix = sql`lower(${organizations.legalName}) like ${`${text.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`}`;
  const partnerId = parsePartnerId(text);
  return partnerId.ok ? or(eq(organizations.partnerId, partnerId.partnerId), namePrefix) : namePrefix;
}

const sortColumns = {
  name: sql`lower(${organizations.legalName})`,
  "partner-id": organizations.partnerId,
  country: organizations.country,
  status: relationships.status,
  mpa: organizations.mpaAcceptedOn,
} as const;

function listConditions(providerId: string, query: Pick<ResellerListQuery, "q" | "status" | "readiness">) {
  return and(
    eq(relationships.providerId, providerId),
    // A search names a reseller: it finds it in any state, terminated included (the list shows the state).
    statusCondition(query.q && query.status === "live" ? "all" : query.status),
    readinessCondition(query.readiness, providerId),
    searchCondition(query.q),
  );
}

const listColumns = {
  relationshipId: relationships.id,
  status: relationships.status,
  resellerId: organizations.id,
  legalName: organizations.legalName,
  partnerId: organizations.partnerId,
  country: organizations.country,
  region: organizations.region,
  onboardedAt: organizations.onboardedAt,
  enrolledAt: organizations.resellerEnrolledAt,
  mpaAcceptedOn: organizations.mpaAcceptedOn,
  authorizationAnniversary: organizations.authorizationAnniversary,
};

/**
 * One page of the provider's resellers (its own relationships only), filtered, searched and sorted in SQL, with the
 * total for the pager. Whether each reseller on the page is transacting is asked for those rows only.
 */
export async function listResellersOfProvider(actor: Actor, query: ResellerListQuery, window?: ListWindow) {
  const providerId = providerOf(actor);
  if (!providerId) return { rows: [], total: 0, page: 1, pageCount: 1 };
  // The page's numbered pages, or the partner API's cursor (an offset) and limit.
  const { offset, limit } = window ?? { offset: (query.page - 1) * RESELLER_PAGE_SIZE, limit: RESELLER_PAGE_SIZE };
  const db = await getDb();
  const direction = query.dir === "desc" ? desc : asc;
  const page = await db
    .select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(listConditions(providerId, query))
    .orderBy(direction(sortColumns[query.sort]), asc(relationships.id))
    .limit(limit)
    .offset(offset);
  const total = page[0]?.total ?? (offset > 0 ? await countResellers(providerId, query) : 0);
  const transacting = await transactingResellers(providerId, page.map((row) => row.resellerId));
  return {
    rows: page.map(({ total: _total, ...row }) => ({ ...row, transacting: isTransacting(row, transacting.has(row.resellerId)) })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / RESELLER_PAGE_SIZE)),
  };
}

async function countResellers(providerId: string, query: ResellerListQuery): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(listConditions(providerId, query));
  return row?.total ?? 0;
}

/** The funnel's last stage for one listed row: ready, active, and with business through the provider. */
function isTransacting(row: { status: string; onboardedAt: unknown; enrolledAt: unknown; mpaAcceptedOn: unknown }, hasBusiness: boolean) {
  return hasBusiness && row.status === "active" && row.onboardedAt !== null && row.enrolledAt !== null && row.mpaAcceptedOn !== null;
}

async function transactingResellers(providerId: string, resellerIds: string[]): Promise<Set<string>> {
  if (resellerIds.length === 0) return new Set();
  const db = await getDb();
  const rows = await db
    .selectDistinct({ resellerId: subscriptions.resellerOfRecordId })
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.billingPartnerId, providerId),
        eq(subscriptions.status, "active"),
        inArray(subscriptions.resellerOfRecordId, resellerIds),
      ),
    );
  return new Set(rows.map((row) => row.resellerId!));
}

/** Every reseller matching the filters (no paging), for the CSV export; capped so one request stays bounded. */
export const EXPORT_LIMIT = 50_000;
export async function exportResellersOfProvider(actor: Actor, query: ResellerListQuery) {
  const providerId = providerOf(actor);
  if (!providerId) return [];
  const db = await getDb();
  const direction = query.dir === "desc" ? desc : asc;
  return db
    .select({ ...listColumns, transacting: sql<boolean>`${stageReached("transacting", providerId)}` })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(listConditions(providerId, query))
    .orderBy(direction(sortColumns[query.sort]), asc(relationships.id))
    .limit(EXPORT_LIMIT);
}

export type ReadinessFunnel = { invited: number } & Record<ReadinessStage, number>;

/** Counts of the provider's live relationships at each readiness stage, in one pass. */
export async function readinessFunnel(actor: Actor): Promise<ReadinessFunnel> {
  const providerId = providerOf(actor);
  const empty = { invited: 0, onboarded: 0, enrolled: 0, "mpa-signed": 0, transacting: 0 };
  if (!providerId) return empty;
  const db = await getDb();
  const count = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  const [row] = await db
    .select({
      invited: sql<number>`count(*)`.mapWith(Number),
      onboarded: count(stageReached("onboarded", providerId)),
      enrolled: count(stageReached("enrolled", providerId)),
      mpaSigned: count(stageReached("mpa-signed", providerId)),
      transacting: count(stageReached("transacting", providerId)),
    })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(and(eq(relationships.providerId, providerId), ne(relationships.status, "terminated")));
  if (!row) return empty;
  return { invited: row.invited, onboarded: row.onboarded, enrolled: row.enrolled, "mpa-signed": row.mpaSigned, transacting: row.transacting };
}

/**
 * One reseller as its provider sees it: readiness facts, and the pair's relationship (the live one, else the latest
 * ended one). Null when the provider never had a relationship with it — the same answer as for a missing id.
 */
export async function getResellerOfProvider(actor: Actor, resellerId: string) {
  const providerId = providerOf(actor);
  if (!providerId || !isUuid(resellerId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      reseller: partnerFactColumns,
      relationship: {
        id: relationships.id,
        status: relationships.status,
        invitedAt: relationships.invitedAt,
        activatedAt: relationships.activatedAt,
        suspendedAt: relationships.suspendedAt,
        terminationRequestedAt: relationships.terminationRequestedAt,
        terminatedAt: relationships.terminatedAt,
      },
    })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(and(eq(relationships.providerId, providerId), eq(relationships.resellerId, resellerId)))
    .orderBy(sql`${relationships.status} = 'terminated'`, desc(relationships.createdAt))
    .limit(1);
  if (!row) return null;
  const [latestTermination] = await db
    .select({
      status: terminationRequests.status,
      reason: terminationRequests.reason,
      decisionNote: terminationRequests.decisionNote,
      createdAt: terminationRequests.createdAt,
      decidedAt: terminationRequests.decidedAt,
    })
    .from(terminationRequests)
    .where(eq(terminationRequests.relationshipId, row.relationship.id))
    .orderBy(desc(terminationRequests.createdAt))
    .limit(1);
  return { ...row, latestTermination: latestTermination ?? null };
}

export type ResellerOfProvider = NonNullable<Awaited<ReturnType<typeof getResellerOfProvider>>>;

/** The provider's own facts, as the rules need them. */
export async function getProviderFacts(actor: Actor) {
  const providerId = providerOf(actor);
  if (!providerId) return null;
  const db = await getDb();
  const [row] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, providerId));
  return row ?? null;
}

/** The audit trail of everything that concerned both the provider and this reseller, newest first. */
export async function relationshipHistory(actor: Actor, resellerId: string, limit = 50) {
  const providerId = providerOf(actor);
  if (!providerId || !isUuid(resellerId)) return [];
  const db = await getDb();
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      actorName: users.name,
      actorOrganizationId: auditEvents.actorOrganizationId,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(sql`${auditEvents.subjectOrganizationIds} @> array[${providerId}, ${resellerId}]::uuid[]`)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
}

/** Customers and subscriptions the provider bills with this reseller as reseller of record. */
export async function subscriptionsThroughReseller(actor: Actor, resellerId: string, limit = 100, offset = 0) {
  const providerId = providerOf(actor);
  if (!providerId || !isUuid(resellerId)) return [];
  const db = await getDb();
  return db
    .select({
      id: subscriptions.id,
      customerId: customers.id,
      customerName: customers.name,
      customerCountry: customers.country,
      offerName: subscriptions.offerName,
      publisher: subscriptions.publisher,
      quantity: subscriptions.quantity,
      startsOn: subscriptions.startsOn,
      status: subscriptions.status,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(and(eq(subscriptions.billingPartnerId, providerId), eq(subscriptions.resellerOfRecordId, resellerId)))
    .orderBy(asc(customers.name), desc(subscriptions.startsOn), asc(subscriptions.id))
    .limit(limit)
    .offset(offset);
}

/**
 * For the reseller's own pages: every provider it has (or had) a relationship with, with the latest termination
 * request's outcome. Only the actor's own organization's relationships.
 */
export async function listRelationshipsOfReseller(actor: Actor) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) return [];
  const db = await getDb();
  const provider = alias(organizations, "provider");
  const latestRequest = db
    .selectDistinctOn([terminationRequests.relationshipId], {
      relationshipId: terminationRequests.relationshipId,
      id: terminationRequests.id,
      filedBy: terminationRequests.requestedByOrganizationId,
      status: terminationRequests.status,
      reason: terminationRequests.reason,
      decisionNote: terminationRequests.decisionNote,
      decidedAt: terminationRequests.decidedAt,
    })
    .from(terminationRequests)
    .orderBy(terminationRequests.relationshipId, desc(terminationRequests.createdAt))
    .as("latest_request");
  return db
    .select({
      relationshipId: relationships.id,
      status: relationships.status,
      invitedAt: relationships.invitedAt,
      activatedAt: relationships.activatedAt,
      terminationRequestedAt: relationships.terminationRequestedAt,
      terminatedAt: relationships.terminatedAt,
      providerId: provider.id,
      providerName: provider.legalName,
      providerPartnerId: provider.partnerId,
      providerCountry: provider.country,
      providerRegion: provider.region,
      terminationRequestId: latestRequest.id,
      /** The reseller filed the latest request itself (so it may withdraw it while pending). */
      terminationFiledByUs: sql<boolean>`${latestRequest.filedBy} = ${actor.organizationId}`,
      terminationStatus: latestRequest.status,
      terminationReason: latestRequest.reason,
      terminationNote: latestRequest.decisionNote,
      terminationDecidedAt: latestRequest.decidedAt,
    })
    .from(relationships)
    .innerJoin(provider, eq(provider.id, relationships.providerId))
    .leftJoin(latestRequest, eq(latestRequest.relationshipId, relationships.id))
    .where(eq(relationships.resellerId, actor.organizationId))
    .orderBy(sql`${relationships.status} = 'terminated'`, asc(provider.legalName), desc(relationships.createdAt));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from URLs: a malformed one is answered like a missing one, never with a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
