import "server-only";
import { and, asc, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { refuseNotFound } from "@/lib/errors";
import { enqueueJob, getJob } from "@/lib/jobs/queue";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { complianceFindings, complianceScans, customers, organizations, subscriptions } from "@/lib/db/schema";
import { can } from "@/lib/permissions";
import type { Actor } from "./actor";

/**
 * Whose subscriptions a caller's scan covers: an indirect provider's book (what it bills), a direct-bill partner's own
 * sales, or, for program support, everything (null). Undefined: this caller has no scan (an indirect reseller; its
 * findings are in its providers' scans).
 */
export function scanScopeOf(actor: Pick<Actor, "role" | "partnerType" | "organizationId">): string | null | undefined {
  if (!can(actor, "compliance.scan")) return undefined;
  if (actor.role === "support") return null;
  return actor.organizationId ?? undefined;
}

function sameScope(scope: string | null): SQL {
  return scope === null ? isNull(complianceScans.organizationId) : eq(complianceScans.organizationId, scope);
}

export const SCAN_JOB_KIND = "compliance.scan";

/**
 * Starts a scan of the caller's scope as a background job, or answers the one already running (a second click, or a
 * colleague's, joins it: the partial unique index allows one running scan per scope even when two requests race).
 * A running scan whose job has failed for good is closed first, so it does not block the next one.
 */
export async function startComplianceScan(tx: Tx, actor: Actor): Promise<{ scanId: string; alreadyRunning: boolean }> {
  const scope = scanScopeOf(actor);
  if (scope === undefined) refuseNotFound();
  await closeAbandonedScan(tx, scope);
  const [created] = await tx
    .insert(complianceScans)
    .values({ organizationId: scope, requestedByUserId: actor.userId })
    // The only conflict possible is compliance_scans_one_running_key.
    .onConflictDoNothing()
    .returning({ id: complianceScans.id });
  if (!created) {
    const [running] = await tx.select({ id: complianceScans.id }).from(complianceScans).where(and(sameScope(scope), eq(complianceScans.status, "running")));
    return { scanId: running!.id, alreadyRunning: true };
  }
  const job = await enqueueJob(tx, {
    kind: SCAN_JOB_KIND,
    payload: { scanId: created.id },
    organizationId: scope,
    singletonKey: `compliance-scan:${scope ?? "everything"}`,
    maxAttempts: 3,
  });
  await tx.update(complianceScans).set({ jobId: job.id }).where(eq(complianceScans.id, created.id));
  return { scanId: created.id, alreadyRunning: false };
}

async function closeAbandonedScan(tx: Tx, scope: string | null) {
  const [running] = await tx
    .select({ id: complianceScans.id, jobId: complianceScans.jobId })
    .from(complianceScans)
    .where(and(sameScope(scope), eq(complianceScans.status, "running")));
  if (!running) return;
  const job = running.jobId ? await getJob(tx, running.jobId) : null;
  if (job && job.status !== "failed") return;
  await tx
    .update(complianceScans)
    .set({ status: "failed", finishedAt: sql`now()`, error: job?.lastError ?? "The scan's job is gone." })
    .where(and(eq(complianceScans.id, running.id), eq(complianceScans.status, "running")));
}

export type ScanSummary = {
  id: string;
  status: "running" | "done" | "failed";
  jobId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  subscriptionsChecked: number;
  findingsCount: number;
  newCount: number | null;
  fixedCount: number | null;
  error: string | null;
};

const summaryColumns = {
  id: complianceScans.id,
  status: complianceScans.status,
  jobId: complianceScans.jobId,
  startedAt: complianceScans.startedAt,
  finishedAt: complianceScans.finishedAt,
  subscriptionsChecked: complianceScans.subscriptionsChecked,
  findingsCount: complianceScans.findingsCount,
  newCount: complianceScans.newCount,
  fixedCount: complianceScans.fixedCount,
  error: complianceScans.error,
};

/** The scope's last finished scan (the result shown) and the newest scan when it is newer (running or failed). */
export async function scanStateOf(actor: Actor) {
  const scope = scanScopeOf(actor);
  if (scope === undefined) return null;
  const db = await getDb();
  const [last] = await db.select(summaryColumns).from(complianceScans).where(and(sameScope(scope), eq(complianceScans.status, "done"))).orderBy(desc(complianceScans.finishedAt)).limit(1);
  const [latest] = await db.select(summaryColumns).from(complianceScans).where(sameScope(scope)).orderBy(desc(complianceScans.startedAt)).limit(1);
  const newer = latest && latest.id !== last?.id ? latest : null;
  return { last: last ?? null, latest: newer, progress: newer ? await progressOf(newer) : null };
}

/** How far a running scan's job is; a job that failed for good shows its last error. */
async function progressOf(scan: ScanSummary): Promise<{ done: number; total: number; failed: string | null } | null> {
  if (scan.status !== "running" || !scan.jobId) return null;
  const job = await getJob(await getDb(), scan.jobId);
  if (!job) return null;
  return { done: job.progress?.done ?? 0, total: job.progress?.total ?? 0, failed: job.status === "failed" ? (job.lastError ?? "The scan failed.") : null };
}

export const FINDINGS_PAGE_SIZE = 50;

export type FindingFilter = { rule?: string; resellerId?: string; page?: number };

const reseller = alias(organizations, "reseller_of_record");
const biller = alias(organizations, "biller");

const findingColumns = {
  subscriptionId: complianceFindings.subscriptionId,
  offerName: subscriptions.offerName,
  customerName: customers.name,
  customerCountry: customers.country,
  billerName: biller.legalName,
  resellerId: complianceFindings.resellerOfRecordId,
  resellerName: reseller.legalName,
  resellerPartnerId: reseller.partnerId,
  startsOn: complianceFindings.startsOn,
  ruleId: complianceFindings.ruleId,
  explanation: complianceFindings.explanation,
  remedy: complianceFindings.remedy,
  rulesVersion: complianceFindings.rulesVersion,
};

function findingsQuery(db: Db, scanId: string, filter: FindingFilter) {
  return (
    db
      .select(findingColumns)
      .from(complianceFindings)
      .innerJoin(subscriptions, eq(subscriptions.id, complianceFindings.subscriptionId))
      .innerJoin(customers, eq(customers.id, complianceFindings.customerId))
      .innerJoin(biller, eq(biller.id, complianceFindings.billingPartnerId))
      .leftJoin(reseller, eq(reseller.id, complianceFindings.resellerOfRecordId))
      .where(findingWhere(scanId, filter))
      .orderBy(asc(complianceFindings.startsOn), asc(customers.name), asc(complianceFindings.subscriptionId), asc(complianceFindings.ruleId))
      .$dynamic()
  );
}

function findingWhere(scanId: string, filter: FindingFilter) {
  return and(
    eq(complianceFindings.scanId, scanId),
    filter.rule ? eq(complianceFindings.ruleId, filter.rule) : undefined,
    filter.resellerId ? eq(complianceFindings.resellerOfRecordId, filter.resellerId) : undefined,
  );
}

/** The last result of the caller's scope: counts by rule, then one page of findings (filtered by rule and reseller). */
export async function scanResultOf(actor: Actor, filter: FindingFilter) {
  const state = await scanStateOf(actor);
  if (!state) return null;
  if (!state.last) return { ...state, byRule: [], resellers: [], findings: [], total: 0, page: 1, pageCount: 1 };
  const db = await getDb();
  const scanId = state.last.id;
  const byRule = await db
    .select({ ruleId: complianceFindings.ruleId, findings: count() })
    .from(complianceFindings)
    .where(eq(complianceFindings.scanId, scanId))
    .groupBy(complianceFindings.ruleId)
    .orderBy(desc(count()), asc(complianceFindings.ruleId));
  const resellers = await db
    .selectDistinct({ id: organizations.id, name: organizations.legalName })
    .from(complianceFindings)
    .innerJoin(organizations, eq(organizations.id, complianceFindings.resellerOfRecordId))
    .where(eq(complianceFindings.scanId, scanId))
    .orderBy(asc(organizations.legalName), asc(organizations.id))
    .limit(500);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(complianceFindings).where(findingWhere(scanId, filter));
  const pageCount = Math.max(1, Math.ceil(total / FINDINGS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const findings = await findingsQuery(db, scanId, filter).limit(FINDINGS_PAGE_SIZE).offset((page - 1) * FINDINGS_PAGE_SIZE);
  return { ...state, byRule, resellers, findings, total, page, pageCount };
}

/**
 * One window of the last result's findings, filtered as the page filters them, with the scan it comes from: the
 * partner API's cursor paging over the same query as the page. Null when the caller has no scan.
 */
export async function scanFindingsWindow(actor: Actor, filter: Omit<FindingFilter, "page">, window: { offset: number; limit: number }) {
  const state = await scanStateOf(actor);
  if (!state) return null;
  if (!state.last) return { scan: null, findings: [], total: 0 };
  const db = await getDb();
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(complianceFindings).where(findingWhere(state.last.id, filter));
  const findings = await findingsQuery(db, state.last.id, filter).limit(window.limit).offset(window.offset);
  const { jobId: _job, error: _error, status: _status, ...scan } = state.last;
  return { scan, findings, total };
}

/** Every finding of the last result that the filter selects, for the CSV export (capped: a spreadsheet's worth). */
export async function exportScanFindings(actor: Actor, filter: FindingFilter, limit = 200_000) {
  const state = await scanStateOf(actor);
  if (!state?.last) return null;
  return { scan: state.last, rows: await findingsQuery(await getDb(), state.last.id, filter).limit(limit) };
}

/** A reseller's findings in the provider's last scan, for the reseller's page; another provider's reseller gets none. */
export async function findingsForReseller(actor: Actor, resellerId: string) {
  if (actor.audience !== "indirect-provider") return null;
  const state = await scanStateOf(actor);
  if (!state?.last) return null;
  return { scan: state.last, rows: await findingsQuery(await getDb(), state.last.id, { resellerId }).limit(FINDINGS_PAGE_SIZE) };
}
