import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import type { JobHandler } from "@/lib/jobs/types";
import { webhookComplianceScanFinished } from "./webhook-events";
import { complianceFindings, complianceScans } from "@/lib/db/schema";
import { BulkChecker } from "@/lib/compliance/bulk-checker";
import type { DatedPartner, ScanCustomer, ScanSubscription } from "@/lib/compliance/facts";
import { PairFacts, type ScanPair } from "./compliance-scan-facts";
import { AFFILIATIONS, classesOf, FindingWriter, pairsInScope, rowsOf, subscriptionsInClasses, type ClassRow, type FindingInsert, type PairClasses } from "./compliance-scan-sql";
import { whatToDoNow } from "@/lib/compliance/what-to-do";
import type { Finding } from "@/lib/rules";

/**
 * About how many subscriptions of failing classes one statement brings back: a book where much fails still comes back
 * in bounded pieces (ranges of pairs), each read, explained and stored before the next.
 */
const FAILING_PER_STATEMENT = 50_000;

export type ScanProgress = (done: number, total: number) => Promise<void>;

export interface ScanOutcome {
  subscriptionsChecked: number;
  findings: number;
  newCount: number | null;
  fixedCount: number | null;
  evaluations: number;
  /** Where the time went, in milliseconds (for the bench's profile). */
  timings: { read: number; facts: number; check: number; store: number; compare: number };
}

/**
 * Runs a created scan to the end: in one pass, the database sorts the scope's subscriptions into verdict classes
 * (each pair's signature on the day, the customer's country, the affiliation; see check-subscription.ts), the rules
 * judge one subscription per class, and only the subscriptions of failing classes are read (in pieces of about
 * `failingPerStatement`) and re-checked one by one with that day's facts for their exact explanation. Partners and
 * relationship histories are read once. Then it stores the findings, compares
 * them with the scope's previous scan and keeps only the last result's findings. A scan that is no longer running is
 * left alone; a retry after a failed attempt starts again from scratch. A failure throws, for the job queue to retry.
 */
export async function runComplianceScan(
  db: Db,
  scanId: string,
  progress: ScanProgress = async () => {},
  { failingPerStatement = FAILING_PER_STATEMENT }: { failingPerStatement?: number } = {},
): Promise<ScanOutcome | null> {
  const [scan] = await db.select({ organizationId: complianceScans.organizationId, status: complianceScans.status }).from(complianceScans).where(eq(complianceScans.id, scanId));
  if (!scan || scan.status !== "running") return null;
  await db.delete(complianceFindings).where(eq(complianceFindings.scanId, scanId));
  const outcome = await scanAndStore(db, scanId, scan.organizationId, progress, failingPerStatement);
  const finishing = performance.now();
  await finish(db, scanId, scan.organizationId, outcome);
  outcome.timings.compare = performance.now() - finishing;
  return outcome;
}

/** The job queue's handler for "compliance.scan" jobs. */
export const runComplianceScanJob: JobHandler = async (payload: { scanId?: unknown }, context) => {
  if (typeof payload?.scanId !== "string") throw new Error("A compliance scan job needs the scan's id.");
  const outcome = await runComplianceScan(await getDb(), payload.scanId, context.reportProgress);
  return outcome ?? { skipped: "The scan had already ended." };
};

async function scanAndStore(db: Db, scanId: string, organizationId: string | null, progress: ScanProgress, failingPerStatement: number): Promise<ScanOutcome> {
  const timings = { read: 0, facts: 0, check: 0, store: 0, compare: 0 };
  let clock = performance.now();
  const lap = (phase: keyof typeof timings) => {
    const now = performance.now();
    timings[phase] += now - clock;
    clock = now;
  };
  const listingPairs = pairsInScope(db, organizationId);
  const loadingFacts = PairFacts.load(db, organizationId, listingPairs);
  // Thrown by the await below if the pairs are listed; a rejection nobody listened to yet would end the process.
  loadingFacts.catch(() => undefined);
  const pairList = await listingPairs;
  const total = pairList.reduce((sum, pair) => sum + pair.subscriptions, 0);
  lap("read");
  await progress(0, total);
  const checker = new BulkChecker();
  const facts = await loadingFacts;
  const pairs = classesOfPairs(checker, facts, pairList);
  lap("facts");
  const classes = await classesOf(db, pairs.table, organizationId);
  lap("read");
  const failing = classes.filter((row) => pairs.fails(row));
  const failingSet = new Set(failing);
  // Subscriptions in classes that pass need nothing more: they are checked (the progress says so with the next step).
  let checked = 0;
  for (const row of classes) if (!failingSet.has(row)) checked += row.subscriptions;
  lap("check");
  // Findings are stored while the next ones are explained (see FindingWriter).
  const writer = new FindingWriter(db, scanId);
  // Only the pairs with a failing signature on some day are read again, in pieces.
  const failingSignatures = new Set(failing.map((row) => row.signature));
  const suspects = pairList.map((pair, index) => ({ index, subscriptions: pair.subscriptions })).filter(({ index }) => pairs.table[index]!.signatures.some((signature) => failingSignatures.has(signature)));
  for (const piece of pieces(suspects, failing.reduce((sum, row) => sum + row.subscriptions, 0), failingPerStatement)) {
    const rows = await subscriptionsInClasses(db, pairs.table, organizationId, failing, piece);
    lap("read");
    let findings: FindingInsert[] = [];
    for (const row of rows) {
      const { biller, reseller, history } = pairs.of(row.pair_index);
      const customer = { id: row.customer_id, name: row.customer_name, country: row.customer_country, affiliationGroup: row.affiliation_group, ownerOrganizationId: row.owner_organization_id };
      const subscription: ScanSubscription = { id: row.id, customerId: row.customer_id, billingPartnerId: biller.id, resellerOfRecordId: reseller?.id ?? null, startsOn: row.starts_on };
      for (const finding of checker.failing({ on: row.starts_on, biller, reseller, customer, history })) findings.push(findingRow(subscription, finding, biller, reseller));
      if (findings.length >= 1_000) {
        await writer.add(findings);
        findings = [];
      }
    }
    await writer.add(findings);
    checked += rows.length;
    await progress(checked, total);
    lap("check");
  }
  await writer.finish();
  lap("store");
  if (failing.length === 0) await progress(checked, total);
  return { subscriptionsChecked: checked, findings: writer.written, newCount: null, fixedCount: null, evaluations: checker.evaluations, timings };
}

/**
 * The suspect pairs' numbers in pieces whose pairs together hold about `perStatement` failing subscriptions each
 * (pieces of equal subscription counts, as many as the failing subscriptions need): one piece when few fail.
 */
function pieces(suspects: { index: number; subscriptions: number }[], failingSubscriptions: number, perStatement: number): number[][] {
  if (failingSubscriptions === 0 || suspects.length === 0) return [];
  const count = Math.ceil(failingSubscriptions / perStatement);
  const total = suspects.reduce((sum, pair) => sum + pair.subscriptions, 0);
  const result: number[][] = [[]];
  let seen = 0;
  for (const { index, subscriptions } of suspects) {
    if (seen >= (total * result.length) / count) result.push([]);
    result.at(-1)!.push(index);
    seen += subscriptions;
  }
  return result;
}

/**
 * Numbers each distinct signature of every pair's intervals (the database groups by these numbers) and tells whether a
 * class fails, from the one subscription the database sent for it (every subscription of a class gets its verdict).
 */
function classesOfPairs(checker: BulkChecker, facts: PairFacts, pairList: ScanPair[]) {
  const numbers = new Map<string, number>();
  const resolved = pairList.map((pair) => {
    const biller = facts.partner(pair.billerId);
    const reseller = pair.resellerId === null ? null : facts.partner(pair.resellerId);
    const history = reseller ? facts.history(biller.id, reseller.id) : undefined;
    return { biller, reseller, history };
  });
  const table: PairClasses[] = pairList.map((pair, index) => {
    const { biller, reseller, history } = resolved[index]!;
    const profile = checker.pairProfile(biller, reseller, history);
    const signatures = profile.signatures.map((signature) => {
      let number = numbers.get(signature);
      if (number === undefined) numbers.set(signature, (number = numbers.size));
      return number;
    });
    return { ...pair, sellerGroup: (reseller ?? biller).affiliationGroup, thresholds: profile.thresholds, signatures };
  });
  const verdicts = new Map<string, boolean>();
  return {
    table,
    of: (index: number) => resolved[index]!,
    fails(row: ClassRow): boolean {
      const key = `${row.signature}|${row.country}|${row.affiliation}`;
      let fails = verdicts.get(key);
      if (fails === undefined) {
        const { biller, reseller, history } = resolved[row.pairIndex]!;
        const seller = reseller ?? biller;
        const affiliation = AFFILIATIONS[row.affiliation];
        // A customer with just the facts the rules read: its country and how it is related to the seller.
        const customer: ScanCustomer = {
          id: "",
          name: "",
          country: row.country,
          ownerOrganizationId: affiliation === "same-organization" ? seller.id : null,
          affiliationGroup: affiliation === "same-affiliation-group" ? seller.affiliationGroup : null,
        };
        verdicts.set(key, (fails = checker.failing({ on: row.on, biller, reseller, customer, history }).length > 0));
      }
      return fails;
    },
  };
}

function findingRow(subscription: ScanSubscription, finding: Finding, biller: DatedPartner, reseller: DatedPartner | null): FindingInsert {
  return {
    subscriptionId: subscription.id,
    ruleId: finding.ruleId,
    startsOn: subscription.startsOn,
    customerId: subscription.customerId,
    billingPartnerId: subscription.billingPartnerId,
    resellerOfRecordId: subscription.resellerOfRecordId,
    explanation: finding.explanation,
    remedy: whatToDoNow(finding.ruleId, finding.party, reseller, biller),
    rulesVersion: versionOf(finding),
  };
}

/** The rules version a finding came from, as "effective date (document, its date)", so a verdict can be reproduced. */
function versionOf(finding: Finding): string {
  const { effective, source } = finding.version;
  return `${effective} (${source.document}, ${source.date})`;
}

/** Marks the scan done with its comparison to the scope's previous finished scan, whose findings are then let go. */
async function finish(db: Db, scanId: string, organizationId: string | null, outcome: ScanOutcome) {
  await db.transaction(async (tx) => {
    const sameScope = organizationId === null ? isNull(complianceScans.organizationId) : eq(complianceScans.organizationId, organizationId);
    const [previous] = await tx
      .select({ id: complianceScans.id })
      .from(complianceScans)
      .where(and(sameScope, eq(complianceScans.status, "done"), ne(complianceScans.id, scanId)))
      .orderBy(sql`${complianceScans.finishedAt} desc`)
      .limit(1);
    if (previous) {
      // Set differences (hashed), not correlated subqueries: the planner has no statistics yet for rows just written.
      const [diff] = await tx.execute(sql`
        with now_found as (select subscription_id, rule_id from compliance_findings where scan_id = ${scanId}),
          before as (select subscription_id, rule_id from compliance_findings where scan_id = ${previous.id})
        select
          (select count(*)::int from (select * from now_found except select * from before) appeared) as new_count,
          (select count(*)::int from (select * from before except select * from now_found) gone) as fixed_count`).then(rowsOf<{ new_count: number | string; fixed_count: number | string }>);
      outcome.newCount = Number(diff?.new_count ?? 0);
      outcome.fixedCount = Number(diff?.fixed_count ?? 0);
      // Only the last result is shown and only it is compared with next time: older findings go.
      await tx.execute(sql`delete from compliance_findings f using compliance_scans s
        where f.scan_id = s.id and s.id <> ${scanId} and ${organizationId === null ? sql`s.organization_id is null` : sql`s.organization_id = ${organizationId}`}`);
    }
    await tx
      .update(complianceScans)
      .set({
        status: "done",
        finishedAt: sql`now()`,
        subscriptionsChecked: outcome.subscriptionsChecked,
        findingsCount: outcome.findings,
        newCount: outcome.newCount,
        fixedCount: outcome.fixedCount,
      })
      .where(eq(complianceScans.id, scanId));
    await webhookComplianceScanFinished(tx, { scanId, organizationId, subscriptionsChecked: outcome.subscriptionsChecked, findings: outcome.findings, newCount: outcome.newCount, fixedCount: outcome.fixedCount });
  });
}
