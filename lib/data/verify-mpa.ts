import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { organizations, providerResellerRelationships } from "@/lib/db/schema";
import { checkMpa, describeMpaCheck, parsePartnerId, type MpaCheck, type MpaCheckResult, type RegionId, type RelationshipStatus } from "@/lib/rules";
import type { Actor } from "./actor";
import { today } from "./rules-facts";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localizeMessage } from "@/lib/i18n/localize-message";

/**
 * Who answered a line: Partner Center (when the provider connected it), or this app's own records. `partnerCenterFailed`:
 * Partner Center was to answer but did not (`reason`: its error; null when it could not be asked at all).
 */
export type VerifySource = { system: "partner-center"; checkedAt: string } | { system: "this-app"; partnerCenterFailed?: { reason: string | null } };

/**
 * One line of a chunk as the verify page gets it: lean, because a chunk has 500 of them. The browser has the lines it
 * sent and words each check itself (`describeMpaCheck`); the partner API widens it with `describeVerifiedLine`.
 */
export type VerifiedLine =
  | { line: number; ok: false; error: string }
  | ({ line: number; ok: true; partnerId: string; /** Only for the provider's own resellers. */ name?: string; source?: VerifySource } & MpaCheck);

/** A line as the partner API answers it (`VerifyLine` in the OpenAPI document), in English. */
export type VerifyLineResult =
  | { line: number; input: string; ok: false; error: string }
  | { line: number; input: string; ok: true; partnerId: string; result: MpaCheckResult; source?: { system: VerifySource["system"]; checkedAt?: string; note?: string }; name?: string };

/** A partner's row as the chunk's query returns it, in one JSON array per row (see `verifyQueries`). */
type FoundRow = [partnerId: string, partnerType: string, country: string, onboarded: boolean, resellerEnrolled: boolean, mpaAcceptedOn: string | null, relationship: RelationshipStatus | null, ownName: string | null];

/**
 * The chunk's one read, prepared once per connection or transaction (`preparedPer`): the provider's region beside
 * the rows of the chunk's IDs. The IDs go as ONE parameter (parsed Partner IDs are digits only, so a comma joins them
 * safely): 500 separate parameters (an IN list) cost more to send, parse and plan than the lookups themselves. Each
 * ID's newest relationship with this provider (a terminated one may have been followed by a new one) is read beside
 * the ID's own row; the name comes only through that relationship. Dates the check only needs as "set or not" come
 * as booleans. The rows come back as ONE JSON text: reading 450 rows through the driver and Drizzle's row mapping
 * cost more CPU than the query itself, and one JSON.parse is native.
 */
const verifyQuery = preparedPer((db: Db | Tx) => {
  const providerId = sql.placeholder("providerId");
  const provider = alias(organizations, "provider");
  const own = db
    .select({ status: providerResellerRelationships.status, name: sql<string>`${organizations.legalName}`.as("own_name") })
    .from(providerResellerRelationships)
    .where(and(eq(providerResellerRelationships.resellerId, organizations.id), eq(providerResellerRelationships.providerId, providerId)))
    .orderBy(desc(providerResellerRelationships.invitedAt))
    .limit(1)
    .as("own");
  const row = sql`json_build_array(${organizations.partnerId}, ${organizations.partnerType}, ${organizations.country}, ${organizations.onboardedAt} is not null,
    ${organizations.resellerEnrolledAt} is not null, ${organizations.mpaAcceptedOn}, ${own.status}, ${own.name})`;
  return db
    .select({
      providerRegion: sql<string | null>`(${db.select({ region: provider.region }).from(provider).where(eq(provider.id, providerId))})`,
      rows: sql<string>`coalesce(json_agg(${row}), '[]')::text`,
    })
    .from(organizations)
    .leftJoinLateral(own, sql`true`)
    .where(sql`${organizations.partnerId} = any(string_to_array(${sql.placeholder("ids")}, ','))`)
    .prepare("verify_partner_ids");
});

/**
 * Checks a chunk of pasted or uploaded lines (one Partner ID each) for the provider, with ONE set-based query.
 * Runs on the caller's connection (the action's transaction: PGlite has one connection, so a second would wait).
 *
 * What a provider may learn about a Partner ID it has no relationship with: only what Partner Center's own MPA
 * check tells it — the verify status and code (unknown, other region, not onboarded, not enrolled, MPA not accepted,
 * MPA accepted on a date). Never the partner's name, contact or anything else: the query below does not even select
 * them, so no page or CSV can leak them. (The "other region" check carries the partner's country, as Partner
 * Center's 2201 names it.) The provider's own resellers (any relationship, terminated included) are the exception: it
 * knows them already, so they are named, and their relationship with it decides whether they are ready for it.
 * Malformed-line messages are worded in `locale` (the page's language; the API answers in English).
 */
export async function verifyPartnerIds(db: Db | Tx, actor: Actor, lines: string[], firstLine = 1, locale: Locale = defaultLocale): Promise<VerifiedLine[]> {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) return [];
  const parsed = lines.map((input, index) => ({ line: firstLine + index, id: parsePartnerId(input) }));
  const ids = [...new Set(parsed.flatMap((entry) => (entry.id.ok ? [entry.id.partnerId] : [])))];
  // No well-formed ID: nothing to look up, every line is malformed. Otherwise the aggregate answers one row.
  const [found] = ids.length ? await verifyQuery(db).execute({ providerId: actor.organizationId, ids: ids.join(",") }) : [];
  const providerRegion = (found?.providerRegion ?? null) as RegionId | null;
  if (found && !providerRegion) return [];
  const byId = new Map(found ? (JSON.parse(found.rows) as FoundRow[]).map((row) => [row[0], row]) : []);
  const on = today();

  return parsed.map(({ line, id }): VerifiedLine => {
    if (!id.ok) return { line, ok: false, error: localizeMessage(id.message, locale) };
    const row = byId.get(id.partnerId);
    const lookup = row
      ? { partnerId: row[0], country: row[2], onboarded: row[3], enrolledAsIndirectReseller: row[1] === "indirect-reseller" && row[4], mpaAcceptedOn: row[5], relationship: row[6] }
      : null;
    const name = row?.[7];
    // A well-formed ID means the query ran and found the provider's region.
    return { line, ok: true, partnerId: id.partnerId, ...checkMpa(providerRegion as RegionId, lookup, on), ...(name && { name }) };
  });
}

/** A page's line as the partner API answers it: with the input it was given and the check worded in English. */
export function describeVerifiedLine(verified: VerifiedLine, input: string): VerifyLineResult {
  if (!verified.ok) return { line: verified.line, input: input.trim(), ok: false, error: verified.error };
  const { line, partnerId, name, source, ...check } = verified;
  return {
    line,
    input: input.trim(),
    ok: true,
    partnerId,
    result: describeMpaCheck(partnerId, check),
    ...(source && { source: source.system === "partner-center" ? source : { system: "this-app", ...(source.partnerCenterFailed && { note: partnerCenterFailedNote(source.partnerCenterFailed.reason) }) } }),
    ...(name && { name }),
  };
}

/** The API's English note when Partner Center was to answer and did not. */
function partnerCenterFailedNote(reason: string | null): string {
  return reason === null ? "Partner Center could not be asked; this is this app's own record." : `Partner Center did not answer (${reason}); this is this app's own record.`;
}
