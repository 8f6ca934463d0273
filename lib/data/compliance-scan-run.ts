import "server-only";
import { and, asc, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import type { JobHandler } from "@/lib/jobs/types";
import { webhookComplianceScanFinished } from "./webhook-events";
import {
  complianceFindings,
  complianceScans,
  customers,
  organizations,
  providerResellerRelationships as relationships,
  relationshipStatusChanges,
  subscriptions,
} from "@/lib/db/schema";
import { BulkChecker } from "@/lib/compliance/bulk-checker";
import type { DatedPartner, ScanCustomer, ScanSubscription, StatusHistory } from "@/lib/compliance/facts";
import { whatToDoNow } from "@/lib/compliance/what-to-do";
import type { Finding } from "@/lib/rules";

/** Rows read per round trip (on average): big enough that the database is not the bottleneck, small enough to stream. */
export const SCAN_BATCH_SIZE = 20_000;

/**
 * Splits the id space into `count` ranges of equal width, so each holds about the same number of subscriptions (ids
 * are random UUIDs). A range is read without ORDER BY: PostgreSQL reads its rows in table order (a bitmap heap scan),
 * far faster than walking the id index row by row, and no batch depends on the one before.
 */
export function idRanges(count: number): [string, string | null][] {
  const ranges: [string, string | null][] = [];
  const n = Math.max(1, count);
  const bound = (i: number) => `${Math.floor((i * 0x1_0000_0000) / n).toString(16).padStart(8, "0")}-0000-0000-0000-000000000000`;
  for (let i = 0; i < n; i++) ranges.push([bound(i), i === n - 1 ? null : bound(i + 1)]);
  return ranges;
}

export type ScanProgress = (done: number, total: number) => Promise<void>;

export interface ScanOutcome {
  subscriptionsChecked: number;
  findings: number;
  newCount: number | null;
  fixedCount: number | null;
  evaluations: number;
  /** Where the time went, in milliseconds (for the bench's profile). */
  timings: { read: number; facts: number; check: number; store: number };
}

const isoDay = (at: Date | null) => (at === null ? null : at.toISOString().slice(0, 10));

/**
 * Runs a created scan to the end: streams its scope's subscriptions in keyset batches, re-checks each with the facts of
 * its date (every partner, customer and relationship history is read once, then kept), stores the findings, compares
 * them with the scope's previous scan and keeps only the last result's findings. A scan that is no longer running is
 * left alone; a retry after a failed attempt starts again from scratch. A failure throws, for the job queue to retry.
 */
export async function runComplianceScan(db: Db, scanId: string, progress: ScanProgress = async () => {}): Promise<ScanOutcome | null> {
  const [scan] = await db.select({ organizationId: complianceScans.organizationId, status: complianceScans.status }).from(complianceScans).where(eq(complianceScans.id, scanId));
  if (!scan || scan.status !== "running") return null;
  await db.delete(complianceFindings).where(eq(complianceFindings.scanId, scanId));
  const outcome = await scanAndStore(db, scanId, scan.organizationId, progress);
  await finish(db, scanId, scan.organizationId, outcome);
  return outcome;
}

/** The job queue's handler for "compliance.scan" jobs. */
export const runComplianceScanJob: JobHandler = async (payload: { scanId?: unknown }, context) => {
  if (typeof payload?.scanId !== "string") throw new Error("A compliance scan job needs the scan's id.");
  const outcome = await runComplianceScan(await getDb(), payload.scanId, context.reportProgress);
  return outcome ?? { skipped: "The scan had already ended." };
};

function scopeOf(organizationId: string | null): SQL | undefined {
  return organizationId === null ? undefined : eq(subscriptions.billingPartnerId, organizationId);
}

async function scanAndStore(db: Db, scanId: string, organizationId: string | null, progress: ScanProgress): Promise<ScanOutcome> {
  const scope = scopeOf(organizationId);
  const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)::int` }).from(subscriptions).where(scope);
  await progress(0, total);
  const facts = new FactCache(db);
  const checker = new BulkChecker();
  let checked = 0;
  let found = 0;
  const timings = { read: 0, facts: 0, check: 0, store: 0 };
  let clock = performance.now();
  const lap = (phase: keyof typeof timings) => {
    const now = performance.now();
    timings[phase] += now - clock;
    clock = now;
  };
  const read = ([from, to]: [string, string | null]): Promise<ScanSubscription[]> => {
    const rows = db
      .select({
        id: subscriptions.id,
        customerId: subscriptions.customerId,
        billingPartnerId: subscriptions.billingPartnerId,
        resellerOfRecordId: subscriptions.resellerOfRecordId,
        startsOn: subscriptions.startsOn,
      })
      .from(subscriptions)
      .where(and(scope, gte(subscriptions.id, from), to === null ? undefined : lt(subscriptions.id, to)))
      .then((found) => found);
    // Awaited later, where its failure is handled; until then this keeps it from counting as an unhandled rejection.
    rows.catch(() => {});
    return rows;
  };
  const ranges = idRanges(Math.ceil(total / SCAN_BATCH_SIZE));
  // The next range is read while this one is checked: the database and the rules work side by side.
  let next: Promise<ScanSubscription[]> | null = read(ranges[0]!);
  for (let index = 0; next !== null; index++) {
    const batch: ScanSubscription[] = await next;
    next = index + 1 < ranges.length ? read(ranges[index + 1]!) : null;
    lap("read");
    if (batch.length === 0) continue;
    await facts.loadFor(batch);
    lap("facts");
    const rows: (typeof complianceFindings.$inferInsert)[] = [];
    for (const subscription of batch) {
      const biller = facts.partner(subscription.billingPartnerId);
      const reseller = subscription.resellerOfRecordId === null ? null : facts.partner(subscription.resellerOfRecordId);
      const customer = facts.customer(subscription.customerId);
      const history = reseller ? facts.history(biller.id, reseller.id) : undefined;
      const failing = checker.failing({ on: subscription.startsOn, biller, reseller, customer, history });
      for (const finding of failing) rows.push(findingRow(scanId, subscription, finding, biller, reseller));
    }
    lap("check");
    for (let start = 0; start < rows.length; start += 2_000) await db.insert(complianceFindings).values(rows.slice(start, start + 2_000));
    checked += batch.length;
    found += rows.length;
    await progress(checked, total);
    lap("store");
  }
  return { subscriptionsChecked: checked, findings: found, newCount: null, fixedCount: null, evaluations: checker.evaluations, timings };
}

function findingRow(scanId: string, subscription: ScanSubscription, finding: Finding, biller: DatedPartner, reseller: DatedPartner | null) {
  return {
    scanId,
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

/** PGlite answers `{ rows }`, postgres.js an array: one shape for both. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/** Partners, customers and relationship histories, each read from the database once per scan. */
class FactCache {
  private readonly partners = new Map<string, DatedPartner>();
  private readonly customers = new Map<string, ScanCustomer>();
  private readonly histories = new Map<string, StatusHistory>();
  private readonly resellersWithHistory = new Set<string>();

  constructor(private readonly db: Db) {}

  partner(id: string): DatedPartner {
    return this.partners.get(id)!;
  }

  customer(id: string): ScanCustomer {
    return this.customers.get(id)!;
  }

  history(billerId: string, resellerId: string): StatusHistory | undefined {
    return this.histories.get(`${billerId}|${resellerId}`);
  }

  async loadFor(batch: ScanSubscription[]) {
    const partnerIds = new Set<string>();
    const resellerIds = new Set<string>();
    const customerIds = new Set<string>();
    for (const row of batch) {
      if (!this.partners.has(row.billingPartnerId)) partnerIds.add(row.billingPartnerId);
      if (row.resellerOfRecordId !== null) {
        if (!this.partners.has(row.resellerOfRecordId)) partnerIds.add(row.resellerOfRecordId);
        if (!this.resellersWithHistory.has(row.resellerOfRecordId)) resellerIds.add(row.resellerOfRecordId);
      }
      if (!this.customers.has(row.customerId)) customerIds.add(row.customerId);
    }
    await Promise.all([this.loadPartners([...partnerIds]), this.loadCustomers([...customerIds]), this.loadHistories([...resellerIds])]);
  }

  private async loadPartners(ids: string[]) {
    for (let start = 0; start < ids.length; start += 5_000) await this.loadPartnerChunk(ids.slice(start, start + 5_000));
  }

  private async loadPartnerChunk(ids: string[]) {
    const rows = await this.db
      .select({
        id: organizations.id,
        type: organizations.partnerType,
        legalName: organizations.legalName,
        partnerId: organizations.partnerId,
        country: organizations.country,
        affiliationGroup: organizations.affiliationGroup,
        onboardedAt: organizations.onboardedAt,
        resellerEnrolledAt: organizations.resellerEnrolledAt,
        directBillEnrolledAt: organizations.directBillEnrolledAt,
        mpaAcceptedOn: organizations.mpaAcceptedOn,
        apiIntegration: organizations.hasApiIntegration,
        billing: organizations.providesBilling,
        support: organizations.providesSupport,
        managedServices: organizations.providesManagedServices,
      })
      .from(organizations)
      .where(inArray(organizations.id, ids));
    for (const row of rows) {
      this.partners.set(row.id, {
        id: row.id,
        type: row.type,
        legalName: row.legalName,
        partnerId: row.partnerId,
        country: row.country,
        affiliationGroup: row.affiliationGroup,
        onboardedOn: isoDay(row.onboardedAt),
        enrolledOn: isoDay(row.type === "direct-bill" ? row.directBillEnrolledAt : row.resellerEnrolledAt),
        mpaAcceptedOn: row.mpaAcceptedOn,
        directBill:
          row.type === "direct-bill"
            ? { apiIntegration: row.apiIntegration, billing: row.billing, support: row.support, managedServices: row.managedServices }
            : null,
      });
    }
  }

  private async loadCustomers(ids: string[]) {
    for (let start = 0; start < ids.length; start += 5_000) {
      const rows = await this.db
        .select({
          id: customers.id,
          name: customers.name,
          country: customers.country,
          affiliationGroup: customers.affiliationGroup,
          ownerOrganizationId: customers.ownerOrganizationId,
        })
        .from(customers)
        .where(inArray(customers.id, ids.slice(start, start + 5_000)));
      for (const row of rows) this.customers.set(row.id, row);
    }
  }

  /** Every status change of every relationship these resellers have had, with any provider, oldest first. */
  private async loadHistories(resellerIds: string[]) {
    for (let start = 0; start < resellerIds.length; start += 5_000) {
      const chunk = resellerIds.slice(start, start + 5_000);
      const rows = await this.db
        .select({
          providerId: relationships.providerId,
          resellerId: relationships.resellerId,
          status: relationshipStatusChanges.status,
          changedAt: relationshipStatusChanges.changedAt,
        })
        .from(relationshipStatusChanges)
        .innerJoin(relationships, eq(relationships.id, relationshipStatusChanges.relationshipId))
        .where(inArray(relationships.resellerId, chunk))
        .orderBy(asc(relationshipStatusChanges.changedAt), asc(relationshipStatusChanges.id));
      for (const row of rows) {
        const key = `${row.providerId}|${row.resellerId}`;
        const history = this.histories.get(key) ?? [];
        history.push({ status: row.status, from: isoDay(row.changedAt)! });
        this.histories.set(key, history);
      }
      for (const id of chunk) this.resellersWithHistory.add(id);
    }
  }
}
