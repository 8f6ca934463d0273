import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
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
    // The pass over the whole book may use the server's parallel workers (the default, two): the scan's time goal
    // is set for a book of a million subscriptions, and a background job still leaves the server's other
    // connections their share.
    if (aggregate) {
      // A few thousand classes: hashed in memory, never a sort of the whole book.
      await tx.execute(sql`set local enable_sort = off`);
      // The planner expects nearly as many classes as subscriptions (it cannot know how few signatures the pairs
      // share), so it prices the workers' partial results as if each sent the leader a third of the book, and runs
      // the pass on one core. They send a few thousand rows each.
      await tx.execute(sql`set local parallel_tuple_cost = 0.01`);
    }
    return tx.execute(statement);
  });
}

/** The scan's scope: a billing partner's subscriptions, or everything (null). */
function inScope(organizationId: string | null): SQL {
  return organizationId === null ? sql`true` : sql`s.billing_partner_id = ${organizationId}`;
}

/** The reseller key of a pair without a reseller of record. */
const NO_RESELLER_ID = "00000000-0000-0000-0000-000000000000";

/** A pair as the database sorts with it: its thresholds and the class number of the signature of each interval. */
export type PairClasses = ScanPair & { sellerGroup: string | null; thresholds: IsoDate[]; signatures: number[] };

/** A PostgreSQL array literal of texts (each quoted; null as NULL), to pass as one parameter. */
function textArray(values: (string | null)[]): string {
  return `{${values.map((value) => (value === null ? "NULL" : `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`)).join(",")}}`;
}

/**
 * The same for values that never need quoting (ids, days, `infinity`, numbers; null as NULL): joined as they are,
 * which at a scan's hundreds of thousands of values is much of what building the parameters costs.
 */
function plainArray(values: (string | number | null)[]): string {
  return `{${values.map((value) => value ?? "NULL").join(",")}}`;
}

/**
 * The pairs' table, passed as one array parameter per column and unnested: PostgreSQL reads those several times
 * faster than a JSON array of objects. `width_bucket(day, thresholds)` counts the thresholds on or before the day,
 * which is the interval `intervalOf` finds; the signature of that interval is `sigs[interval + 1]`. Each pair's
 * thresholds and signatures arrive as one text each, parsed into arrays once per pair: `distinct` keeps the subquery
 * from being merged into the join (which would parse them again for every subscription) while, unlike a
 * materialized CTE, letting every parallel worker build the pairs' hash table itself.
 */
function pairsTable(pairs: PairClasses[]): SQL {
  return sql`select distinct idx, biller, coalesce(reseller, '${sql.raw(NO_RESELLER_ID)}'::uuid) as reseller_key, seller_group,
      thresholds::date[] as thresholds, sigs::int[] as sigs
    from unnest(${plainArray(pairs.map((_, index) => index))}::int[], ${plainArray(pairs.map((pair) => pair.billerId))}::uuid[],
      ${plainArray(pairs.map((pair) => pair.resellerId))}::uuid[], ${textArray(pairs.map((pair) => pair.sellerGroup))}::text[],
      ${textArray(pairs.map((pair) => `{${pair.thresholds.join(",")}}`))}::text[], ${textArray(pairs.map((pair) => `{${pair.signatures.join(",")}}`))}::text[])
      as p(idx, biller, reseller, seller_group, thresholds, sigs)`;
}

/**
 * The intervals of the pairs' thresholds, one row each: its pair's number, biller and reseller (a key that is never
 * null), the seller's affiliation group, its first day and the day after its last (`-infinity`/`infinity` at the
 * ends), and the number of its signature. Passed as one typed array parameter per column and unnested: PostgreSQL
 * reads those several times faster than a JSON array of objects, and no value is parsed again per subscription. Only
 * the intervals `keep` accepts (by their signature and their pair's number).
 */
function intervalsTable(pairs: PairClasses[], keep: (signature: number, pairIndex: number) => boolean): SQL {
  const columns = { idx: [] as number[], biller: [] as string[], reseller: [] as string[], group: [] as (string | null)[], from: [] as string[], to: [] as string[], sig: [] as number[] };
  pairs.forEach((pair, index) => {
    pair.signatures.forEach((signature, interval) => {
      if (!keep(signature, index)) return;
      columns.idx.push(index);
      columns.biller.push(pair.billerId);
      columns.reseller.push(pair.resellerId ?? NO_RESELLER_ID);
      columns.group.push(pair.sellerGroup);
      // Interval i holds the days from threshold i - 1 up to threshold i (what `intervalOf` finds).
      columns.from.push(interval === 0 ? "-infinity" : pair.thresholds[interval - 1]!);
      columns.to.push(interval === pair.thresholds.length ? "infinity" : pair.thresholds[interval]!);
      columns.sig.push(signature);
    });
  });
  return sql`select * from unnest(${plainArray(columns.idx)}::int[], ${plainArray(columns.biller)}::uuid[], ${plainArray(columns.reseller)}::uuid[],
      ${textArray(columns.group)}::text[], ${plainArray(columns.from)}::date[], ${plainArray(columns.to)}::date[], ${plainArray(columns.sig)}::int[])
    as p(idx, biller, reseller_key, seller_group, from_day, to_day, sig)`;
}

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
  const rows = await scanStatement(db, sql`select p.sigs[width_bucket(s.starts_on, p.thresholds) + 1] as signature, c.country, ${AFFILIATION} as affiliation, count(*)::int as subscriptions,
      min(p.idx::bigint * ${sql.raw(String(PACK))} + (s.starts_on - date '1970-01-01') + ${sql.raw(String(DAY_OFFSET))}) as representative
    from subscriptions s
    join customers c on c.id = s.customer_id
    join (${pairsTable(pairs)}) p on p.biller = s.billing_partner_id and p.reseller_key = coalesce(s.reseller_of_record_id, '${sql.raw(NO_RESELLER_ID)}'::uuid)
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
 * The subscriptions in failing classes, of the pairs numbered in `indexes`. Only the days on which a pair's signature
 * is a failing class's can hold one, so the statement reads just those intervals of the pair's book through the
 * (biller, reseller, day) index, looks each subscription's customer up by its key, and keeps those whose customer's
 * country and affiliation complete a failing class: the rest of the book is never read twice.
 */
export async function subscriptionsInClasses(
  db: Db,
  pairs: PairClasses[],
  organizationId: string | null,
  failing: Pick<ClassRow, "signature" | "country" | "affiliation">[],
  indexes: number[],
): Promise<FailingRow[]> {
  const signatures = new Set(failing.map((row) => row.signature));
  const chosen = new Set(indexes);
  const failingJson = JSON.stringify(failing.map(({ signature, country, affiliation }) => ({ signature, country, affiliation })));
  // A pair without a reseller matches subscriptions whose reseller of record is null, which `=` never does: those
  // intervals get a branch of their own, so both walk the index.
  const intervalsOf = (reseller: SQL) => sql`
    select s.id, s.customer_id, p.idx as pair_index, s.starts_on, c.name as customer_name, c.country as customer_country,
      c.affiliation_group, c.owner_organization_id
    from intervals p
    join subscriptions s on s.billing_partner_id = p.biller and ${reseller} and s.starts_on >= p.from_day and s.starts_on < p.to_day
    join customers c on c.id = s.customer_id
    join failing f on f.signature = p.sig and f.country = c.country and f.affiliation = ${AFFILIATION}
    where ${inScope(organizationId)}`;
  const rows = await scanStatement(
    db,
    sql`with intervals as materialized (${intervalsTable(pairs, (signature, index) => signatures.has(signature) && chosen.has(index))}),
      failing as materialized (select * from json_to_recordset(${failingJson}::json) as f(signature int, country text, affiliation int)),
      found as (${intervalsOf(sql`s.reseller_of_record_id = p.reseller_key`)}
        union all ${intervalsOf(sql`p.reseller_key = '${sql.raw(NO_RESELLER_ID)}'::uuid and s.reseller_of_record_id is null`)})
    select id, customer_id, pair_index, starts_on::text as starts_on, customer_name, customer_country, affiliation_group, owner_organization_id
    from found order by found.starts_on, id`,
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
 * Stores a scan's findings while the scan goes on: every few thousand become one statement (see insertBatch), sent
 * at once while the next are explained, two at a time. Each batch commits without waiting for its flush to disk: a
 * scan lost to a crash is run again from scratch (its job is retried).
 * `finish` waits for every batch and throws the first failure.
 */
export class FindingWriter {
  private pending: FindingInsert[] = [];
  private readonly inFlight: Promise<void>[] = [];
  private failure: unknown = null;
  written = 0;

  constructor(
    private readonly db: Db,
    private readonly scanId: string,
    private readonly batchSize = 5_000,
  ) {}

  async add(findings: FindingInsert[]) {
    this.pending.push(...findings);
    while (this.pending.length >= this.batchSize) await this.send(this.pending.splice(0, this.batchSize));
  }

  async finish() {
    if (this.pending.length > 0) await this.send(this.pending.splice(0));
    await Promise.all(this.inFlight.splice(0));
    if (this.failure !== null) throw this.failure;
  }

  private async send(batch: FindingInsert[]) {
    // Two batches at once: the database stores them on two connections (its two cores) while this process explains
    // and encodes the next.
    if (this.inFlight.length >= 2) await this.inFlight.shift();
    if (this.failure !== null) throw this.failure;
    const sending = this.db
      .transaction(async (tx) => {
        await tx.execute(sql`set local synchronous_commit = off`);
        await insertBatch(tx, this.scanId, batch);
      })
      .then(
        () => void (this.written += batch.length),
        (error: unknown) => void (this.failure ??= error),
      );
    this.inFlight.push(sending);
  }
}

/** Distinct values, each numbered from 1 (PostgreSQL's first array index) in the order first seen. */
class Dictionary<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<T, number>();

  numberOf(value: T): number {
    let number = this.numbers.get(value);
    if (number === undefined) this.numbers.set(value, (number = this.values.push(value)));
    return number;
  }
}

/**
 * One batch of findings in one statement. A subscription has several findings and their texts repeat (a few
 * thousand distinct explanations among tens of thousands of findings, one rules version), so each subscription and
 * each distinct text is sent once and the findings refer to them by number: a quarter of the bytes to send and
 * parse, which was most of what storing a batch cost.
 */
async function insertBatch(db: Tx, scanId: string, batch: FindingInsert[]) {
  const subscriptions = new Map<string, FindingInsert>();
  const subscriptionNumbers = new Dictionary<string>();
  const rules = new Dictionary<string>();
  const texts = new Dictionary<string>();
  const findings = { subscription: [] as number[], rule: [] as number[], explanation: [] as number[], remedy: [] as number[], version: [] as number[] };
  for (const finding of batch) {
    subscriptions.set(finding.subscriptionId, finding);
    findings.subscription.push(subscriptionNumbers.numberOf(finding.subscriptionId));
    findings.rule.push(rules.numberOf(finding.ruleId));
    findings.explanation.push(texts.numberOf(finding.explanation));
    findings.remedy.push(texts.numberOf(finding.remedy));
    findings.version.push(texts.numberOf(finding.rulesVersion));
  }
  const subscription = (pick: (finding: FindingInsert) => string | null) => plainArray(subscriptionNumbers.values.map((id) => pick(subscriptions.get(id)!)));
  await db.execute(sql`with texts as (select * from unnest(${textArray(texts.values)}::text[]) with ordinality as t(text, number))
    insert into compliance_findings (scan_id, subscription_id, rule_id, starts_on, customer_id, billing_partner_id,
      reseller_of_record_id, explanation, remedy, rules_version)
    select ${scanId}::uuid, s.id, r.text, s.starts_on, s.customer_id, s.billing_partner_id, s.reseller_of_record_id, e.text, d.text, v.text
    from unnest(${plainArray(findings.subscription)}::int[], ${plainArray(findings.rule)}::int[], ${plainArray(findings.explanation)}::int[],
        ${plainArray(findings.remedy)}::int[], ${plainArray(findings.version)}::int[]) as f(subscription, rule, explanation, remedy, version)
    join unnest(${subscription((f) => f.subscriptionId)}::uuid[], ${subscription((f) => f.startsOn)}::date[], ${subscription((f) => f.customerId)}::uuid[],
        ${subscription((f) => f.billingPartnerId)}::uuid[], ${subscription((f) => f.resellerOfRecordId)}::uuid[])
      with ordinality as s(id, starts_on, customer_id, billing_partner_id, reseller_of_record_id, number) on s.number = f.subscription
    join unnest(${textArray(rules.values)}::text[]) with ordinality as r(text, number) on r.number = f.rule
    join texts e on e.number = f.explanation
    join texts d on d.number = f.remedy
    join texts v on v.number = f.version`);
}
