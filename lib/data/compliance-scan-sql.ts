import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { IsoDate } from "@/lib/rules";
import type { ScanPair } from "./compliance-scan-facts";

// The compliance scan's statements. The database sorts every subscription into its verdict class (its pair's signature
// on its date, the customer's country, the affiliation), so only one row per class comes back, and then only the
// subscriptions of the classes that fail: a million subscriptions never cross the wire.

/** PGlite answers `{ rows }`, postgres.js an array: one shape for both. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/**
 * Runs one classifying statement with settings for a scan: the planner cannot know the pairs table holds thousands
 * of rows (a JSON parameter), and a nested loop over it would walk the book once per pair; hash joins and an
 * aggregate that stay in memory are what a pass over a whole book needs.
 */
async function scanStatement(db: Db, statement: SQL, { aggregate = false, lookups = false } = {}): Promise<unknown> {
  return db.transaction(async (tx) => {
    // Lookups: the few rows that survive the first join find their customer by its key (a nested loop over the index).
    if (!lookups) await tx.execute(sql`set local enable_nestloop = off`);
    // The joins as written: subscriptions probe the customers' hash table, then the pairs' (not the other way round).
    await tx.execute(sql`set local join_collapse_limit = 1`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    // A pass over a book of a million rows costs enough for the planner to compile it with LLVM (optimized and
    // inlined), which takes longer than the few simple expressions per row it would save.
    await tx.execute(sql`set local jit = off`);
    // A background job: one core of the database server, the others stay free for the people using the app.
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    // A few thousand classes: hashed in memory, never a sort of the whole book.
    if (aggregate) await tx.execute(sql`set local enable_sort = off`);
    return tx.execute(statement);
  });
}

/** The scan's scope: a billing partner's subscriptions, or everything (null). */
function inScope(organizationId: string | null): SQL {
  return organizationId === null ? sql`true` : sql`s.billing_partner_id = ${organizationId}`;
}

const NO_RESELLER = sql.raw(`'00000000-0000-0000-0000-000000000000'::uuid`);

/** A pair as the database sorts with it: its thresholds and the class number of the signature of each interval. */
export type PairClasses = ScanPair & { sellerGroup: string | null; thresholds: IsoDate[]; signatures: number[] };

/** A PostgreSQL array literal of texts (each quoted; null as NULL), to pass as one parameter. */
function textArray(values: (string | null)[]): string {
  return `{${values.map((value) => (value === null ? "NULL" : `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`)).join(",")}}`;
}

/**
 * The pairs' table (those numbered in `indexes`), passed as one array parameter per column and unnested: PostgreSQL
 * reads those several times faster than a JSON array of objects, which at tens of thousands of pairs took seconds.
 * `width_bucket(day, thresholds)` counts the thresholds on or before the day, which is the interval `intervalOf`
 * finds; the signature of that interval is `signatures[interval + 1]`.
 */
function pairsTable(pairs: PairClasses[], indexes: number[]): SQL {
  const chosen = indexes.map((index) => pairs[index]!);
  return sql`select idx, biller, coalesce(reseller, ${NO_RESELLER}) as reseller_key, seller_group, thresholds::date[] as thresholds, sigs::int[] as sigs
    from unnest(${`{${indexes.join(",")}}`}::int[], ${textArray(chosen.map((pair) => pair.billerId))}::uuid[],
      ${textArray(chosen.map((pair) => pair.resellerId))}::uuid[], ${textArray(chosen.map((pair) => pair.sellerGroup))}::text[],
      ${textArray(chosen.map((pair) => `{${pair.thresholds.join(",")}}`))}::text[], ${textArray(chosen.map((pair) => `{${pair.signatures.join(",")}}`))}::text[])
      as p(idx, biller, reseller, seller_group, thresholds, sigs)`;
}

const SIGNATURE = sql.raw(`p.sigs[width_bucket(s.starts_on, p.thresholds) + 1]`);
// affiliationOf: the seller (the reseller, else the biller) owns the customer, or shares its affiliation group.
const AFFILIATION = sql.raw(`case when c.owner_organization_id = coalesce(s.reseller_of_record_id, s.billing_partner_id) then 1
  when p.seller_group <> '' and c.affiliation_group = p.seller_group then 2 else 0 end`);
export const AFFILIATIONS = ["none", "same-organization", "same-affiliation-group"] as const;

/**
 * Every billing partner–reseller pair the scope's subscriptions have, with how many subscriptions each has (their sum
 * is the scan's total: one pass over the book says both).
 */
export async function pairsInScope(db: Db, organizationId: string | null): Promise<(ScanPair & { subscriptions: number })[]> {
  const rows = await db.execute(sql`select billing_partner_id, reseller_of_record_id, count(*)::int as subscriptions from subscriptions s
    where ${inScope(organizationId)} group by 1, 2`);
  return rowsOf<{ billing_partner_id: string; reseller_of_record_id: string | null; subscriptions: number | string }>(rows).map((row) => ({
    billerId: row.billing_partner_id,
    resellerId: row.reseller_of_record_id,
    subscriptions: Number(row.subscriptions),
  }));
}

export type ClassRow = { signature: number; country: string; affiliation: number; subscriptions: number; pairIndex: number; on: IsoDate };

const DAY_MS = 86_400_000;
// One row of each class stands for it: the smallest (pair number, day), packed into one bigint for a plain min().
const PACK = 10_000_000;
const DAY_OFFSET = 1_000_000;

/**
 * The classes of the scope's subscriptions, in one pass over them: how many each holds and one subscription's pair and
 * day. One statement, so that every subscription is seen once, in one snapshot, and the book is read once.
 */
export async function classesOf(db: Db, pairs: PairClasses[], organizationId: string | null): Promise<ClassRow[]> {
  const rows = await scanStatement(db, sql`with pairs as materialized (${pairsTable(pairs, pairs.map((_, index) => index))})
    select ${SIGNATURE} as signature, c.country, ${AFFILIATION} as affiliation, count(*)::int as subscriptions,
      min(p.idx::bigint * ${sql.raw(String(PACK))} + (s.starts_on - date '1970-01-01') + ${sql.raw(String(DAY_OFFSET))}) as representative
    from subscriptions s
    join customers c on c.id = s.customer_id
    join pairs p on p.biller = s.billing_partner_id and p.reseller_key = coalesce(s.reseller_of_record_id, ${NO_RESELLER})
    where ${inScope(organizationId)}
    group by 1, 2, 3`, { aggregate: true });
  return rowsOf<{ signature: number; country: string; affiliation: number; subscriptions: number; representative: string | number | bigint }>(rows).map((row) => {
    const packed = Number(row.representative);
    const day = (packed % PACK) - DAY_OFFSET;
    return {
      signature: Number(row.signature),
      country: row.country,
      affiliation: Number(row.affiliation),
      subscriptions: Number(row.subscriptions),
      pairIndex: Math.floor(packed / PACK),
      on: new Date(day * DAY_MS).toISOString().slice(0, 10),
    };
  });
}

export type FailingRow = {
  id: string;
  customer_id: string;
  pair_index: number;
  starts_on: IsoDate;
  customer_name: string;
  customer_country: string;
  affiliation_group: string | null;
  owner_organization_id: string | null;
};

/**
 * The subscriptions in failing classes, of the pairs numbered in `indexes`: the same pass as `classesOf`,
 * but the pair's signature on the day is first matched against the failing classes' signatures, so only the
 * subscriptions whose pair looked failing that day look their customer up (by its key), and those whose customer's
 * country and affiliation complete a failing class come back.
 */
export async function subscriptionsInClasses(
  db: Db,
  pairs: PairClasses[],
  organizationId: string | null,
  failing: Pick<ClassRow, "signature" | "country" | "affiliation">[],
  indexes: number[],
): Promise<FailingRow[]> {
  const failingJson = JSON.stringify(failing.map(({ signature, country, affiliation }) => ({ signature, country, affiliation })));
  const signatures = [...new Set(failing.map((row) => row.signature))];
  const rows = await scanStatement(
    db,
    sql`with pairs as materialized (${pairsTable(pairs, indexes)}),
      failing as materialized (select * from json_to_recordset(${failingJson}::json) as f(signature int, country text, affiliation int))
    select s.id, s.customer_id, p.idx as pair_index, s.starts_on::text as starts_on, c.name as customer_name, c.country as customer_country,
      c.affiliation_group, c.owner_organization_id
    from subscriptions s
    join pairs p on p.biller = s.billing_partner_id and p.reseller_key = coalesce(s.reseller_of_record_id, ${NO_RESELLER})
      and ${SIGNATURE} = any(${`{${signatures.join(",")}}`}::int[])
    join customers c on c.id = s.customer_id
    join failing f on f.signature = ${SIGNATURE} and f.country = c.country and f.affiliation = ${AFFILIATION}
    where ${inScope(organizationId)}
    order by s.starts_on, s.id`,
    { lookups: true },
  );
  return rowsOf<FailingRow>(rows).map((row) => ({ ...row, pair_index: Number(row.pair_index) }));
}

export type FindingInsert = {
  subscriptionId: string;
  ruleId: string;
  startsOn: IsoDate;
  customerId: string;
  billingPartnerId: string;
  resellerOfRecordId: string | null;
  explanation: string;
  remedy: string;
  rulesVersion: string;
};

/**
 * Stores findings with one statement per few thousand: one array parameter per column, unnested (not ten parameters
 * per row, and not a JSON array of objects, which PostgreSQL reads several times slower).
 */
export async function insertFindings(db: Db, scanId: string, findings: FindingInsert[]) {
  for (let start = 0; start < findings.length; start += 5_000) {
    const batch = findings.slice(start, start + 5_000);
    const column = (pick: (finding: FindingInsert) => string | null) => textArray(batch.map(pick));
    await db.execute(sql`insert into compliance_findings (scan_id, subscription_id, rule_id, starts_on, customer_id, billing_partner_id,
        reseller_of_record_id, explanation, remedy, rules_version)
      select ${scanId}::uuid, f.*
      from unnest(${column((f) => f.subscriptionId)}::uuid[], ${column((f) => f.ruleId)}::text[], ${column((f) => f.startsOn)}::date[],
        ${column((f) => f.customerId)}::uuid[], ${column((f) => f.billingPartnerId)}::uuid[], ${column((f) => f.resellerOfRecordId)}::uuid[],
        ${column((f) => f.explanation)}::text[], ${column((f) => f.remedy)}::text[], ${column((f) => f.rulesVersion)}::text[]) as f`);
  }
}
