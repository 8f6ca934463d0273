import "server-only";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db } from "@/lib/db/client";
import { auditEvents, organizations, users } from "@/lib/db/schema";
import { AUDIT_PAGE_SIZE, type AuditLogQuery } from "@/lib/validation/audit-log";
import { can } from "@/lib/permissions";
import type { Actor } from "./actor";

/**
 * The audit log: program support reads every event, an organization's admins the events that concern their own
 * organization (its `subject_organization_ids`). Members and everyone else read none. Events are never deleted.
 */
export function mayReadAuditLog(actor: Actor): boolean {
  return can(actor, "audit-log.read") && (actor.role === "support" || actor.organizationId !== null);
}

/** Whether an event with these subjects is in the actor's audit log (for linking to it from elsewhere). */
export function auditEventVisibleTo(actor: Actor, subjectOrganizationIds: string[]): boolean {
  if (!mayReadAuditLog(actor)) return false;
  return actor.role === "support" || subjectOrganizationIds.includes(actor.organizationId!);
}

function scopeOf(actor: Actor): SQL | undefined {
  if (actor.role === "support") return undefined;
  return sql`${auditEvents.subjectOrganizationIds} @> array[${actor.organizationId}]::uuid[]`;
}

function filtersOf(query: AuditLogQuery): (SQL | undefined)[] {
  return [
    // A scalar subquery, so the planner probes the (actor_user_id, occurred_at, id) index with one id.
    query.person ? sql`${auditEvents.actorUserId} = (select ${users.id} from ${users} where lower(${users.email}) = ${query.person})` : undefined,
    query.kind ? eq(auditEvents.action, query.kind) : undefined,
    query.record ? eq(auditEvents.entityId, query.record) : undefined,
    query.from ? gte(auditEvents.occurredAt, new Date(`${query.from}T00:00:00Z`)) : undefined,
    query.to ? lt(auditEvents.occurredAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000)) : undefined,
  ];
}

/** Keyset: the rows after the cursor event in (occurred_at desc, id desc) order; the cursor's time is read in SQL, at full precision. */
function afterCursor(after: number | undefined): SQL | undefined {
  if (after === undefined) return undefined;
  return sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (select cursor.occurred_at, cursor.id from audit_events as cursor where cursor.id = ${after})`;
}

const actorUser = alias(users, "actor_user");
const actorOrganization = alias(organizations, "actor_organization");

const eventColumns = {
  id: auditEvents.id,
  occurredAt: auditEvents.occurredAt,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  actorName: actorUser.name,
  actorEmail: actorUser.email,
  actorOrganizationName: actorOrganization.legalName,
  subjectOrganizationIds: auditEvents.subjectOrganizationIds,
  before: auditEvents.before,
  after: auditEvents.after,
};

/** The one query behind the page, the export and the benchmark (scripts/bench-audit-log.ts explains it at 1M events). */
export function auditEventsQuery(db: Db, actor: Actor, query: AuditLogQuery, limit: number) {
  return db
    .select(eventColumns)
    .from(auditEvents)
    .leftJoin(actorUser, eq(actorUser.id, auditEvents.actorUserId))
    .leftJoin(actorOrganization, eq(actorOrganization.id, auditEvents.actorOrganizationId))
    .where(and(scopeOf(actor), ...filtersOf(query), afterCursor(query.after)))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
}

async function selectEvents(actor: Actor, query: AuditLogQuery, limit: number) {
  return auditEventsQuery(await getDb(), actor, query, limit);
}

export type AuditLogEvent = Awaited<ReturnType<typeof selectEvents>>[number];
export type AuditLogPage = { events: AuditLogEvent[]; nextAfter: number | null };

/** One page of the actor's audit log, newest first; `nextAfter` is the cursor of the next page, null on the last. */
export async function listAuditEvents(actor: Actor, query: AuditLogQuery, pageSize = AUDIT_PAGE_SIZE): Promise<AuditLogPage | null> {
  if (!mayReadAuditLog(actor)) return null;
  const rows = await selectEvents(actor, query, pageSize + 1);
  const events = rows.slice(0, pageSize);
  return { events, nextAfter: rows.length > pageSize ? events[events.length - 1]!.id : null };
}

/** Every event matching the filters, in keyset batches, so an export of millions holds one batch in memory at a time. */
export async function* allAuditEvents(actor: Actor, query: AuditLogQuery, batchSize = 1000): AsyncGenerator<AuditLogEvent[]> {
  if (!mayReadAuditLog(actor)) return;
  let after = query.after;
  for (;;) {
    const rows = await selectEvents(actor, { ...query, after }, batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** One event of the actor's audit log; another organization's event answers null, like a missing one. */
export async function getAuditEvent(actor: Actor, id: number): Promise<AuditLogEvent | null> {
  if (!mayReadAuditLog(actor) || !Number.isSafeInteger(id) || id <= 0) return null;
  const db = await getDb();
  const [row] = await db
    .select(eventColumns)
    .from(auditEvents)
    .leftJoin(actorUser, eq(actorUser.id, auditEvents.actorUserId))
    .leftJoin(actorOrganization, eq(actorOrganization.id, auditEvents.actorOrganizationId))
    .where(and(eq(auditEvents.id, id), scopeOf(actor)));
  return row ?? null;
}
