import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { organizations, providerResellerRelationships } from "@/lib/db/schema";
import { parsePartnerId, verifyMpa, type MpaCheckResult, type RegionId, type RelationshipStatus } from "@/lib/rules";
import type { Actor } from "./actor";
import { today } from "./rules-facts";

/** Who answered a line: Partner Center (when the provider connected it), or this app's own records. */
export type VerifySource = { system: "partner-center"; checkedAt: string } | { system: "this-app"; note?: string };

export type VerifyLineResult =
  | { line: number; input: string; ok: false; error: string }
  | { line: number; input: string; ok: true; partnerId: string; result: MpaCheckResult; source?: VerifySource; /** Only for the provider's own resellers. */ name?: string };

/**
 * Checks a chunk of pasted or uploaded lines (one Partner ID each) for the provider, with ONE set-based query.
 * Runs on the caller's connection (the action's transaction: PGlite has one connection, so a second would wait).
 *
 * What a provider may learn about a Partner ID it has no relationship with: only what Partner Center's own MPA
 * check tells it — the verify status and code (unknown, other region, not onboarded, not enrolled, MPA not accepted,
 * MPA accepted on a date). Never the partner's name, contact or anything else: the query below does not even select
 * them, so no page or CSV can leak them. (The "other region" explanation names the partner's country, as Partner
 * Center's 2201 does.) The provider's own resellers (any relationship, terminated included) are the exception: it
 * knows them already, so they are named, and their relationship with it decides whether they are ready for it.
 */
export async function verifyPartnerIds(db: Db | Tx, actor: Actor, lines: string[], firstLine = 1): Promise<VerifyLineResult[]> {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) return [];
  const parsed = lines.map((input, index) => ({ line: firstLine + index, input: input.trim(), id: parsePartnerId(input) }));
  const ids = [...new Set(parsed.flatMap((entry) => (entry.id.ok ? [entry.id.partnerId] : [])))];
  // The IDs go as ONE parameter (parsed Partner IDs are digits only, so a comma joins them safely): 500 separate
  // parameters (an IN list) cost more to send, parse and plan than the lookups themselves. The reads run side by side.
  const anyOf = sql`${organizations.partnerId} = any(string_to_array(${ids.join(",")}, ','))`;
  const [[provider], found, own] = await Promise.all([
    db.select({ region: organizations.region }).from(organizations).where(eq(organizations.id, actor.organizationId)),
    ids.length
      ? db
          .select({
            partnerId: organizations.partnerId,
            partnerType: organizations.partnerType,
            country: organizations.country,
            onboardedAt: organizations.onboardedAt,
            resellerEnrolledAt: organizations.resellerEnrolledAt,
            mpaAcceptedOn: organizations.mpaAcceptedOn,
          })
          .from(organizations)
          .where(anyOf)
      : [],
    ids.length
      ? db
          .select({ partnerId: organizations.partnerId, name: organizations.legalName, status: providerResellerRelationships.status })
          .from(providerResellerRelationships)
          .innerJoin(organizations, eq(organizations.id, providerResellerRelationships.resellerId))
          .where(and(eq(providerResellerRelationships.providerId, actor.organizationId), anyOf))
          // The newest relationship first: a terminated one may have been followed by a new one.
          .orderBy(desc(providerResellerRelationships.invitedAt))
      : [],
  ]);
  if (!provider) return [];
  const byId = new Map(found.map((row) => [row.partnerId, row]));
  const ownById = new Map<string, { name: string; status: RelationshipStatus }>();
  for (const row of own) if (!ownById.has(row.partnerId)) ownById.set(row.partnerId, row);
  const on = today();

  return parsed.map(({ line, input, id }): VerifyLineResult => {
    if (!id.ok) return { line, input, ok: false, error: id.message };
    const row = byId.get(id.partnerId);
    const lookup = row
      ? {
          partnerId: row.partnerId,
          country: row.country,
          onboarded: row.onboardedAt !== null,
          enrolledAsIndirectReseller: row.partnerType === "indirect-reseller" && row.resellerEnrolledAt !== null,
          mpaAcceptedOn: row.mpaAcceptedOn,
          relationship: ownById.get(id.partnerId)?.status ?? null,
        }
      : null;
    const name = ownById.get(id.partnerId)?.name;
    return { line, input, ok: true, partnerId: id.partnerId, result: verifyMpa(provider.region as RegionId, lookup, on), ...(name && { name }) };
  });
}
