import "server-only";
import { and, asc, desc, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { nameContains } from "@/lib/db/name-search";
import {
  auditEvents,
  customers,
  organizations,
  providerResellerRelationships as relationships,
  resellerFunnelCounts,
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

/**
 * The funnel's stages in order; a relationship's `funnel_stage` (kept by a trigger from the reseller, the relationship
 * and the provider's subscriptions through it) is the index of the last one it reached, 0 being just invited.
 * Each stage includes the stages before it, so the counts only go down.
 */
const FUNNEL_STAGES = ["invited", "onboarded", "enrolled", "mpa-signed", "transacting"] as const;
const TRANSACTING = FUNNEL_STAGES.indexOf("transacting");

function stageReached(stage: ReadinessStage): SQL {
  return sql`${relationships.funnelStage} >= ${FUNNEL_STAGES.indexOf(stage)}`;
}

function readinessCondition(filter: ReadinessFilter): SQL | undefined {
  if (filter === "any") return undefined;
  if (filter === "not-onboarded") return sql`${organizations.onboardedAt} is null`;
  if (filter === "not-mpa-signed") return sql`${organizations.mpaAcceptedOn} is null`;
  return stageReached(filter);
}

function statusCondition(filter: StatusFilter): SQL | undefined {
  if (filter === "all") return undefined;
  if (filter === "live") return ne(relationships.status, "terminated");
  return eq(relationships.status, filter);
}

/** Search: an exact Partner ID when the text is one, otherwise any part of the legal name (trigram index-backed). */
function searchCondition(text: string): SQL | undefined {
  if (!text) return undefined;
  const name = nameContains(organizations.legalName, text);
  const partnerId = parsePartnerId(text);
  return partnerId.ok ? or(eq(organizations.partnerId, partnerId.partnerId), name) : name;
}

/** The list's sort keys, for the tables as named in the query (the keyset cursor reads them from aliases). */
type SortTables = {
  o: Record<"legalName" | "partnerId" | "country" | "mpaAcceptedOn", AnyPgColumn>;
  r: Record<"status", AnyPgColumn>;
};
function sortColumnsOf(o: SortTables["o"], r: SortTables["r"]) {
  return {
    name: sql`lower(${o.legalName})`,
    "partner-id": sql`${o.partnerId}`,
    country: sql`${o.country}`,
    status: sql`${r.status}`,
    mpa: sql`${o.mpaAcceptedOn}`,
  } as const;
}
const sortColumns = sortColumnsOf(organizations, relationships);

/** Sorts on a column that is never null, so a row comparison pages them by keyset; MPA dates (nullable) page by offset. */
const KEYSET_SORTS: ReadonlySet<ResellerListQuery["sort"]> = new Set(["name", "partner-id", "country", "status"]);

const cursorRelationship = alias(relationships, "cursor_relationship");
const cursorOrganization = alias(organizations, "cursor_organization");

/**
 * Keyset paging: the rows after (next) or before (previous) the cursor relationship in the list's order, the cursor's
 * sort key read in SQL. The key's own bound is stated apart from the row comparison so the planner can start an
 * index scan at the cursor (it does not derive one from a row comparison over two tables).
 */
function keysetCondition(providerId: string, query: ResellerListQuery): { condition: SQL; backwards: boolean } | undefined {
  const cursor = query.after ?? query.before;
  if (!cursor || query.page <= 1 || !KEYSET_SORTS.has(query.sort)) return undefined;
  const key = sortColumns[query.sort];
  const cursorKey = sql`(select ${sortColumnsOf(cursorOrganization, cursorRelationship)[query.sort]}
    from ${relationships} as ${cursorRelationship} join ${organizations} as ${cursorOrganization} on ${cursorOrganization.id} = ${cursorRelationship.resellerId}
    where ${cursorRelationship.id} = ${cursor} and ${cursorRelationship.providerId} = ${providerId})`;
  const backwards = query.after === undefined;
  // Ascending pages go forwards by ">", descending ones by "<"; a previous page flips it.
  const greater = (query.dir === "asc") !== backwards;
  const condition = greater
    ? sql`${key} >= ${cursorKey} and (${key}, ${relationships.id}) > (${cursorKey}, ${cursor}::uuid)`
    : sql`${key} <= ${cursorKey} and (${key}, ${relationships.id}) < (${cursorKey}, ${cursor}::uuid)`;
  return { condition, backwards };
}

function listConditions(providerId: string, query: Pick<ResellerListQuery, "q" | "status" | "readiness">) {
  return and(
    eq(relationships.providerId, providerId),
    // A search names a reseller: it finds it in any state, terminated included (the list shows the state).
    statusCondition(query.q && query.status === "live" ? "all" : query.status),
    readinessCondition(query.readiness),
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
  transacting: sql<boolean>`${relationships.funnelStage} = ${TRANSACTING}`.mapWith(Boolean),
};

/**
 * One page of the provider's resellers (its own relationships only), filtered, searched and sorted in SQL, with the
 * total for the pager (from the trigger-kept funnel where no filter narrows it). `window` is the partner API's cursor.
 */
export async function listResellersOfProvider(actor: Actor, query: ResellerListQuery, window?: ListWindow) {
  const providerId = providerOf(actor);
  if (!providerId) return { rows: [], total: 0, page: 1, pageCount: 1, firstId: undefined, lastId: undefined };
  // The page's numbered pages, or the partner API's cursor (an offset) and limit.
  const { offset, limit } = window ?? { offset: (query.page - 1) * RESELLER_PAGE_SIZE, limit: RESELLER_PAGE_SIZE };
  const db = await getDb();
  const keyset = window ? undefined : keysetCondition(providerId, query);
  const pageOf = (cursor?: { condition: SQL; backwards: boolean }) => {
    // Ties in the sort key go by relationship id, in the same direction, so a row comparison can continue the order.
    const forwards = query.dir === "asc" ? !cursor?.backwards : Boolean(cursor?.backwards);
    const direction = forwards ? asc : desc;
    return db
      .select(listColumns)
      .from(relationships)
      .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
      .where(and(listConditions(providerId, query), cursor?.condition))
      .orderBy(direction(sortColumns[query.sort]), direction(relationships.id))
      .limit(limit)
      .offset(cursor ? 0 : offset);
  };
  // The page and its total side by side; no `count(*) over ()`, which made every page join and sort every row.
  const [firstTry, total] = await Promise.all([pageOf(keyset), countResellers(providerId, query)]);
  let rows = firstTry;
  if (keyset?.backwards) rows.reverse();
  // A cursor whose row is gone (or left the filter) finds nothing: the page number alone decides then.
  if (keyset && rows.length === 0) rows = await pageOf();
  return {
    rows,
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / RESELLER_PAGE_SIZE)),
    /** The pager's cursors: the previous page ends before the first row, the next starts after the last. */
    firstId: rows[0]?.relationshipId,
    lastId: rows.at(-1)?.relationshipId,
  };
}

/**
 * How many resellers match. The default view and every readiness filter over live relationships are read from the
 * funnel's kept counts (a few rows); only a search or another status filter counts rows.
 */
async function countResellers(providerId: string, query: ResellerListQuery): Promise<number> {
  if (!query.q && query.status === "live") {
    const funnel = await funnelOfProvider(providerId);
    if (query.readiness === "any") return funnel.invited;
    if (query.readiness === "not-onboarded") return funnel.invited - funnel.onboarded;
    if (query.readiness === "not-mpa-signed") return funnel.invited - funnel["mpa-signed"];
    return funnel[query.readiness];
  }
  const db = await getDb();
  const [row] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(listConditions(providerId, query));
  return row?.total ?? 0;
}

/** Every reseller matching the filters (no paging), for the CSV export; capped so one request stays bounded. */
export const EXPORT_LIMIT = 50_000;
export async function exportResellersOfProvider(actor: Actor, query: ResellerListQuery) {
  const providerId = providerOf(actor);
  if (!providerId) return [];
  const db = await getDb();
  const direction = query.dir === "desc" ? desc : asc;
  return db
    .select(listColumns)
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(listConditions(providerId, query))
    .orderBy(direction(sortColumns[query.sort]), direction(relationships.id))
    .limit(EXPORT_LIMIT);
}

export type ReadinessFunnel = { invited: number } & Record<ReadinessStage, number>;

/** Counts of the provider's live relationships at each readiness stage, read from the counts the triggers keep. */
export async function readinessFunnel(actor: Actor): Promise<ReadinessFunnel> {
  const providerId = providerOf(actor);
  return providerId ? funnelOfProvider(providerId) : { invited: 0, onboarded: 0, enrolled: 0, "mpa-signed": 0, transacting: 0 };
}

/** Once per request: the list's total and the funnel above it read the same five rows. */
const funnelOfProvider = cache(async (providerId: string): Promise<ReadinessFunnel> => {
  const funnel: ReadinessFunnel = { invited: 0, onboarded: 0, enrolled: 0, "mpa-signed": 0, transacting: 0 };
  const db = await getDb();
  const rows = await db
    .select({ stage: resellerFunnelCounts.stage, resellers: resellerFunnelCounts.resellers })
    .from(resellerFunnelCounts)
    .where(eq(resellerFunnelCounts.providerId, providerId));
  // A relationship at stage n has reached every stage up to n.
  for (const { stage, resellers } of rows) {
    for (const name of FUNNEL_STAGES.slice(0, stage + 1)) funnel[name] += resellers;
  }
  return funnel;
});

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
