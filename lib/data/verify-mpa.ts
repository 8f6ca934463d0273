import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { organizations, providerResellerRelationships } from "@/lib/db/schema";
import { parsePartnerId, verifyMpa, type MpaCheckResult, type RegionId } from "@/lib/rules";
import type { Actor } from "./actor";
import { today } from "./rules-facts";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localizeMessage } from "@/lib/i18n/localize-message";

/** Who answered a line: Partner Center (when the provider connected it), or this app's own records. */
export type VerifySource = { system: "partner-center"; checkedAt: string } | { system: "this-app"; note?: string };

export type VerifyLineResult =
  | { line: number; input: string; ok: false; error: string }
  | { line: number; input: string; ok: true; partnerId: string; result: MpaCheckResult; source?: VerifySource; /** Only for the provider's own resellers. */ name?: string };

/**
 * The chunk's two reads, prepared once per connection or transaction (`preparedPer`). The IDs go as ONE parameter (parsed Partner IDs are digits only, so a comma joins them
 * safely): 500 separate parameters (an IN list) cost more to send, parse and plan than the lookups themselves. Each
 * ID's newest relationship with this provider (a terminated one may have been followed by a new one) is read beside
 * the ID's own row; the name comes only through that relationship. Dates the check only needs as "set or not" come
 * as booleans.
 */
const verifyQueries = preparedPer((db: Db | Tx) => {
  const providerId = sql.placeholder("providerId");
  const own = db
    .select({ status: providerResellerRelationships.status, name: sql<string>`${organizations.legalName}`.as("own_name") })
    .from(providerResellerRelationships)
    .where(and(eq(providerResellerRelationships.resellerId, organizations.id), eq(providerResellerRelationships.providerId, providerId)))
    .orderBy(desc(providerResellerRelationships.invitedAt))
    .limit(1)
    .as("own");
  return {
    providerRegion: db.select({ region: organizations.region }).from(organizations).where(eq(organizations.id, providerId)).prepare("verify_provider_region"),
    partners: db
      .select({
        partnerId: organizations.partnerId,
        partnerType: organizations.partnerType,
        country: organizations.country,
        onboarded: sql<boolean>`${organizations.onboardedAt} is not null`,
        resellerEnrolled: sql<boolean>`${organizations.resellerEnrolledAt} is not null`,
        mpaAcceptedOn: organizations.mpaAcceptedOn,
        relationship: own.status,
        ownName: own.name,
      })
      .from(organizations)
      .leftJoinLateral(own, sql`true`)
      .where(sql`${organizations.partnerId} = any(string_to_array(${sql.placeholder("ids")}, ','))`)
      .prepare("verify_partner_ids"),
  };
});

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
 * Explanations and malformed-line messages are worded in `locale` (the page's language; the API answers in English).
 */
export async function verifyPartnerIds(db: Db | Tx, actor: Actor, lines: string[], firstLine = 1, locale: Locale = defaultLocale): Promise<VerifyLineResult[]> {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) return [];
  const parsed = lines.map((input, index) => ({ line: firstLine + index, input: input.trim(), id: parsePartnerId(input) }));
  const ids = [...new Set(parsed.flatMap((entry) => (entry.id.ok ? [entry.id.partnerId] : [])))];
  const queries = verifyQueries(db);
  const [[provider], found] = await Promise.all([
    queries.providerRegion.execute({ providerId: actor.organizationId }),
    ids.length ? queries.partners.execute({ providerId: actor.organizationId, ids: ids.join(",") }) : [],
  ]);
  if (!provider) return [];
  const byId = new Map(found.map((row) => [row.partnerId, row]));
  const on = today();

  return parsed.map(({ line, input, id }): VerifyLineResult => {
    if (!id.ok) return { line, input, ok: false, error: localizeMessage(id.message, locale) };
    const row = byId.get(id.partnerId);
    const lookup = row
      ? {
          partnerId: row.partnerId,
          country: row.country,
          onboarded: row.onboarded,
          enrolledAsIndirectReseller: row.partnerType === "indirect-reseller" && row.resellerEnrolled,
          mpaAcceptedOn: row.mpaAcceptedOn,
          relationship: row.relationship,
        }
      : null;
    const name = row?.ownName ?? undefined;
    return { line, input, ok: true, partnerId: id.partnerId, result: verifyMpa(provider.region as RegionId, lookup, on, locale), ...(name && { name }) };
  });
}
