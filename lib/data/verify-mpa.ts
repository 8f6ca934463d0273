import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import { parsePartnerId, verifyMpa, type MpaCheckResult, type RegionId } from "@/lib/rules";
import type { Actor } from "./actor";
import { today } from "./rules-facts";

/** Who answered a line: Partner Center (when the provider connected it), or this app's own records. */
export type VerifySource = { system: "partner-center"; checkedAt: string } | { system: "this-app"; note?: string };

export type VerifyLineResult =
  | { line: number; input: string; ok: false; error: string }
  | { line: number; input: string; ok: true; partnerId: string; result: MpaCheckResult; source?: VerifySource };

/**
 * Checks a chunk of pasted or uploaded lines (one Partner ID each) for the provider, with ONE set-based query.
 * Runs on the caller's connection (the action's transaction: PGlite has one connection, so a second would wait).
 *
 * What a provider may learn about a Partner ID it has no relationship with: only what Partner Center's own MPA
 * check tells it — the verify status and code (unknown, other region, not onboarded, not enrolled, MPA not accepted,
 * MPA accepted on a date). Never the partner's name, contact or anything else: the query below does not even select
 * them, so no page or CSV can leak them. (The "other region" explanation names the partner's country, as Partner
 * Center's 2201 does.)
 */
export async function verifyPartnerIds(db: Db | Tx, actor: Actor, lines: string[], firstLine = 1): Promise<VerifyLineResult[]> {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) return [];
  const [provider] = await db.select({ region: organizations.region }).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!provider) return [];

  const parsed = lines.map((input, index) => ({ line: firstLine + index, input: input.trim(), id: parsePartnerId(input) }));
  const ids = [...new Set(parsed.flatMap((entry) => (entry.id.ok ? [entry.id.partnerId] : [])))];
  const found = ids.length
    ? await db
        .select({
          partnerId: organizations.partnerId,
          partnerType: organizations.partnerType,
          country: organizations.country,
          onboardedAt: organizations.onboardedAt,
          resellerEnrolledAt: organizations.resellerEnrolledAt,
          mpaAcceptedOn: organizations.mpaAcceptedOn,
        })
        .from(organizations)
        .where(inArray(organizations.partnerId, ids))
    : [];
  const byId = new Map(found.map((row) => [row.partnerId, row]));
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
        }
      : null;
    return { line, input, ok: true, partnerId: id.partnerId, result: verifyMpa(provider.region as RegionId, lookup, on) };
  });
}
