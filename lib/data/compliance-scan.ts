import "server-only";
import { and, asc, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { complianceFindings, complianceScans, customers, organizations, subscriptions } from "@/lib/db/schema";
import type { Actor } from "./actor";

/**
 * Whose subscriptions a caller's scan covers: an indirect provider's book (what it bills), a direct-bill partner's own
 * sales, or, for program support, everything (null). Undefined: this caller has no scan (an indirect reseller; its
 * findings are in its providers' scans).
 */
export function scanScopeOf(actor: Pick<Actor, "audience" | "organizationId">): string | null | undefined {
  if (actor.audience === "support") return null;
  if ((actor.audience === "indirect-provider" || actor.audience === "direct-bill") && actor.organizationId) return actor.organizationId;
  return undefined;
}

function sameScope(scope: string | null): SQL {
  return scope === null ? isNull(complianceScans.organizationId) : eq(complianceScans.organizationId, scope);
}

/**
 * Creates a running scan of the caller's scope, or answers the one already running (a second click, or a colleague's,
 * joins it: the partial unique index allows one running scan per scope even when two requests race).
 */
export async function createComplianceScan(tx: Tx, actor: Actor, scope: string | null): Promise<{ scanId: string; alreadyRunning: boolean }> {
  const [created] = await tx
    .insert(complianceScans)
    .values({ organizationId: scope, requestedByUserId: actor.userId })
    // The only conflict possible is compliance_scans_one_running_key.
    .onConflictDoNothing()
    .returning({ id: complianceScans.id });
  if (created) return { scanId: created.id, alreadyRunning: false };
  const [running] = await tx
    .select({ id: complianceScans.id })
    .from(complianceScans)
    .where(and(sameScope(scope), eq(complianceScans.status, "running")));
  return { scanId: running!.id, alreadyRunning: true };
}

/** Records the queued job that runs the scan, so the page can show its progress. */
export async function attachScanJob(tx: Tx, scanId: string, jobId: string) {
  await tx.update(complianceScans).set({ jobId }).where(eq(complianceScans.id, scanId));
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
export async function scanStateOf(actor: Actor): Promise<{ last: ScanSummary | null; latest: ScanSummary | null } | null> {
  const scope = scanScopeOf(actor);
  if (scope === undefined) return null;
  const db = await getDb();
  const [last] = await db.select(summaryColumns).from(complianceScans).where(and(sameScope(scope), eq(complianceScans.status, "done"))).orderBy(desc(complianceScans.finishedAt)).limit(1);
  const [latest] = await db.select(summaryColumns).from(complianceScans).where(sameScope(scope)).orderBy(desc(complianceScans.startedAt)).limit(1);
  return { last: last ?? null, latest: latest && latest.id !== last?.id ? latest : null };
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
  if (!state?.last) return state ? { ...state, byRule: [], findings: [], total: 0, page: 1, pageCount: 1 } : null;
  const db = await getDb();
  const scanId = state.last.id;
  const byRule = await db
    .select({ ruleId: complianceFindings.ruleId, findings: count() })
    .from(complianceFindings)
    .where(eq(complianceFindings.scanId, scanId))
    .groupBy(complianceFindings.ruleId)
    .orderBy(desc(count()), asc(complianceFindings.ruleId));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(complianceFindings).where(findingWhere(scanId, filter));
  const pageCount = Math.max(1, Math.ceil(total / FINDINGS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const findings = await findingsQuery(db, scanId, filter).limit(FINDINGS_PAGE_SIZE).offset((page - 1) * FINDINGS_PAGE_SIZE);
  return { ...state, byRule, findings, total, page, pageCount };
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
