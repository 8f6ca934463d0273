import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db } from "@/lib/db/client";
import { auditEvents, organizations, providerResellerRelationships as relationships, users } from "@/lib/db/schema";
import { buildResellerTimeline, type TimelineEvent, type TimelineStep } from "@/lib/timeline/reseller-timeline";
import type { Actor } from "./actor";
import { auditEventVisibleTo } from "./audit-log";
import { isUuid } from "./relationships";

type Pair = { relationshipId: string; providerId: string; resellerId: string };

const actorUser = alias(users, "actor_user");
const actorOrganization = alias(organizations, "actor_organization");
const timelineColumns = {
  id: auditEvents.id,
  occurredAt: auditEvents.occurredAt,
  action: auditEvents.action,
  actorName: actorUser.name,
  actorOrganizationName: actorOrganization.legalName,
  subjectOrganizationIds: auditEvents.subjectOrganizationIds,
  after: auditEvents.after,
};

function eventsWhere(db: Db, where: ReturnType<typeof and>, order: "asc" | "desc" = "asc", limit = 50) {
  return db
    .select(timelineColumns)
    .from(auditEvents)
    .leftJoin(actorUser, eq(actorUser.id, auditEvents.actorUserId))
    .leftJoin(actorOrganization, eq(actorOrganization.id, auditEvents.actorOrganizationId))
    .where(where)
    .orderBy(order === "asc" ? asc(auditEvents.occurredAt) : desc(auditEvents.occurredAt), asc(auditEvents.id))
    .limit(limit);
}

/**
 * The audit events of one pair, each query on an index: the relationship's own events (by entity), the invitation it
 * came from (named by its activation event), the reseller's readiness events (by entity) and the pair's first
 * subscription (by the two subjects).
 */
async function pairEvents(db: Db, pair: Pair) {
  const [relationshipEvents, readinessEvents, firstSale] = await Promise.all([
    eventsWhere(db, and(eq(auditEvents.entityType, "relationship"), eq(auditEvents.entityId, pair.relationshipId)), "asc", 200),
    eventsWhere(
      db,
      and(
        eq(auditEvents.entityType, "organization"),
        eq(auditEvents.entityId, pair.resellerId),
        inArray(auditEvents.action, ["organization.onboarding-approved", "organization.reseller-enrolled", "organization.mpa-accepted"]),
      ),
    ),
    eventsWhere(
      db,
      and(
        eq(auditEvents.action, "subscription.created-with-reseller"),
        sql`${auditEvents.subjectOrganizationIds} @> array[${pair.providerId}, ${pair.resellerId}]::uuid[]`,
      ),
      "asc",
      1,
    ),
  ]);
  const activation = relationshipEvents.find((event) => event.action === "relationship.activated");
  const invitationId = (activation?.after as { invitationId?: unknown } | null)?.invitationId;
  const invitationEvents =
    typeof invitationId === "string"
      ? await eventsWhere(db, and(eq(auditEvents.entityType, "invitation"), eq(auditEvents.entityId, invitationId), eq(auditEvents.action, "invitation.created")), "asc", 1)
      : [];
  return [...invitationEvents, ...relationshipEvents, ...readinessEvents, ...firstSale];
}

async function timelineOf(db: Db, actor: Actor, pair: Pair): Promise<TimelineStep[]> {
  const events = await pairEvents(db, pair);
  const timelineEvents: TimelineEvent[] = events.map(({ subjectOrganizationIds, after: _after, ...event }) => ({
    ...event,
    linkable: auditEventVisibleTo(actor, subjectOrganizationIds),
  }));
  return buildResellerTimeline(timelineEvents);
}

/** The provider's view of one of its resellers: the timeline of their relationship (the live one, else the latest). */
export async function timelineForProvider(actor: Actor, resellerId: string): Promise<TimelineStep[] | null> {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId || !isUuid(resellerId)) return null;
  const db = await getDb();
  const [pair] = await db
    .select({ relationshipId: relationships.id, providerId: relationships.providerId, resellerId: relationships.resellerId })
    .from(relationships)
    .where(and(eq(relationships.providerId, actor.organizationId), eq(relationships.resellerId, resellerId)))
    .orderBy(sql`${relationships.status} = 'terminated'`, desc(relationships.createdAt))
    .limit(1);
  return pair ? timelineOf(db, actor, pair) : null;
}

/** The reseller's own view: one timeline per provider relationship, live ones first. */
export async function timelinesForReseller(actor: Actor) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) return [];
  const db = await getDb();
  const pairs = await db
    .select({
      relationshipId: relationships.id,
      providerId: relationships.providerId,
      resellerId: relationships.resellerId,
      providerName: organizations.legalName,
    })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.providerId))
    .where(eq(relationships.resellerId, actor.organizationId))
    .orderBy(sql`${relationships.status} = 'terminated'`, asc(organizations.legalName), desc(relationships.createdAt))
    .limit(20);
  return Promise.all(pairs.map(async (pair) => ({ relationshipId: pair.relationshipId, providerName: pair.providerName, steps: await timelineOf(db, actor, pair) })));
}
