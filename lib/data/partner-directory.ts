import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { nameContains } from "@/lib/db/name-search";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { auditEvents, organizations, providerResellerRelationships as relationships, users } from "@/lib/db/schema";
import { supportDecisionKinds } from "@/lib/audit/event-kinds";
import { blockedActions } from "@/lib/readiness/blocks";
import { can } from "@/lib/permissions";
import type { Actor } from "./actor";
import { isUuid } from "./relationships";
import { partnerFactColumns, toRulesPartner, today } from "./rules-facts";

/** Program support's partner directory: any organization, found by name or Partner ID. Support only. */
const isSupport = (actor: Actor) => can(actor, "support.view");

export const DIRECTORY_PAGE_SIZE = 25;

export async function searchDirectory(actor: Actor, text: string, page = 1) {
  if (!isSupport(actor)) return null;
  const q = text.trim();
  const db = await getDb();
  const where = q === "" ? undefined : /^\d+$/.test(q) ? eq(organizations.partnerId, q) : nameContains(organizations.legalName, q);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organizations.id,
        legalName: organizations.legalName,
        partnerId: organizations.partnerId,
        partnerType: organizations.partnerType,
        country: organizations.country,
        onboardingStatus: organizations.onboardingStatus,
        mpaAcceptedOn: organizations.mpaAcceptedOn,
      })
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.legalName), asc(organizations.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((page - 1) * DIRECTORY_PAGE_SIZE),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { rows, total: total?.n ?? 0, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / DIRECTORY_PAGE_SIZE)) };
}

/** One organization as support sees it: readiness facts and what they block, relationships on both sides, and decisions. */
export async function getDirectoryEntry(actor: Actor, organizationId: string, locale: Locale = "en") {
  if (!isSupport(actor) || !isUuid(organizationId)) return null;
  const db = await getDb();
  const [facts] = await db
    .select({ ...partnerFactColumns, onboardingStatus: organizations.onboardingStatus })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!facts) return null;
  const other = alias(organizations, "other");
  const [relationshipRows, decisions] = await Promise.all([
    db
      .select({
        id: relationships.id,
        status: relationships.status,
        invitedAt: relationships.invitedAt,
        activatedAt: relationships.activatedAt,
        terminatedAt: relationships.terminatedAt,
        side: sql<"provider" | "reseller">`case when ${relationships.providerId} = ${organizationId} then 'reseller' else 'provider' end`,
        otherId: other.id,
        otherName: other.legalName,
        otherPartnerId: other.partnerId,
      })
      .from(relationships)
      .innerJoin(other, or(and(eq(relationships.providerId, organizationId), eq(other.id, relationships.resellerId)), and(eq(relationships.resellerId, organizationId), eq(other.id, relationships.providerId))))
      .where(or(eq(relationships.providerId, organizationId), eq(relationships.resellerId, organizationId)))
      .orderBy(sql`${relationships.status} = 'terminated'`, asc(other.legalName))
      .limit(100),
    listSupportDecisions(actor, { organizationId, limit: 20 }),
  ]);
  return {
    organization: facts,
    blocked: blockedActions(toRulesPartner(facts), today(), undefined, locale),
    relationships: relationshipRows,
    decisions: decisions ?? [],
  };
}

/**
 * Program support's decisions, newest first, onboarding verifications and terminations alike, from the audit trail;
 * with `organizationId`, only those concerning that organization.
 */
export async function listSupportDecisions(actor: Actor, { organizationId, limit = 20 }: { organizationId?: string; limit?: number } = {}) {
  if (!isSupport(actor)) return null;
  const db = await getDb();
  const decider = alias(users, "decider");
  const rows = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      deciderName: decider.name,
      subjectOrganizationIds: auditEvents.subjectOrganizationIds,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(decider, eq(decider.id, auditEvents.actorUserId))
    .where(
      and(
        inArray(auditEvents.action, [...supportDecisionKinds]),
        organizationId ? sql`${auditEvents.subjectOrganizationIds} @> array[${organizationId}]::uuid[]` : undefined,
      ),
    )
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
  const ids = [...new Set(rows.flatMap((row) => row.subjectOrganizationIds))];
  const names = ids.length === 0 ? [] : await db.select({ id: organizations.id, legalName: organizations.legalName }).from(organizations).where(inArray(organizations.id, ids));
  const nameOf = new Map(names.map((row) => [row.id, row.legalName]));
  return rows.map(({ subjectOrganizationIds, after, ...row }) => ({
    ...row,
    organizations: subjectOrganizationIds.map((id) => ({ id, legalName: nameOf.get(id) ?? "(unknown organization)" })),
    note: noteOf(after),
  }));
}

function noteOf(after: unknown): string | null {
  if (!after || typeof after !== "object") return null;
  const { note, reason } = after as { note?: unknown; reason?: unknown };
  const text = typeof note === "string" && note ? note : typeof reason === "string" && reason ? reason : null;
  return text;
}

export type SupportDecision = NonNullable<Awaited<ReturnType<typeof listSupportDecisions>>>[number];
