import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { importRows, imports } from "@/lib/db/schema";
import { enqueueJob, getJob } from "@/lib/jobs/queue";
import { refuse, refuseNotFound } from "@/lib/errors";
import { parseImportCsv } from "@/lib/import/parse-csv";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, pickLocale, type Locale } from "@/lib/i18n/locales";
import { customerColumns, resellerColumns } from "@/lib/import/columns";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";
import { decideCustomerRows, decideResellerRows, type RowDecision } from "./import-decisions";
import { ownPartnerFacts } from "./readiness";

/**
 * CSV imports: an upload is parsed and every row decided at once, and kept as a preview (the `imports` row and its
 * `import_rows`); nothing else is written until an admin confirms, which queues the "import.run" job that invites or
 * adds each row in its own transaction. Every read is scoped to the actor's organization and the import's kind:
 * another organization's import id answers like a missing one.
 */

export type ImportKind = "resellers" | "customers";
export const IMPORT_JOB = "import.run";
export const IMPORT_ROWS_PAGE_SIZE = 50;

export const importColumns = { resellers: resellerColumns, customers: customerColumns } as const;

/** Who may import what: a provider invites resellers; a partner that adds customers (resellers, direct-bill) adds them. */
function canImport(actor: Actor, kind: ImportKind): boolean {
  if (!actor.organizationId) return false;
  return kind === "resellers" ? actor.partnerType === "indirect-provider" : actor.partnerType === "indirect-reseller" || actor.partnerType === "direct-bill";
}

async function decide(tx: Tx, actor: Actor, kind: ImportKind, rows: Parameters<typeof decideResellerRows>[2]): Promise<RowDecision[]> {
  if (kind === "resellers") return decideResellerRows(tx, actor.organizationId!, rows);
  return decideCustomerRows(tx, await ownPartnerFacts(tx, actor), rows);
}

/**
 * The uploader's language, as getRequestLocale decides it (their own choice, else the cookie, else the browser's) but
 * from the actor already loaded: asking the database again from inside this transaction would wait on it.
 */
async function uploaderLocale(actor: Actor): Promise<Locale> {
  return pickLocale({ account: actor.locale, cookie: (await cookies()).get(LOCALE_COOKIE)?.value, acceptLanguage: (await headers()).get("accept-language") });
}

/** Parses the file and keeps its decided rows as a preview. A file we cannot read is refused and nothing is kept. */
export async function createImportPreview(tx: Tx, actor: Actor, kind: ImportKind, file: { name: string; bytes: Uint8Array }) {
  if (!canImport(actor, kind)) refuse(kind === "resellers" ? "Only an indirect provider imports resellers." : "Only resellers and direct-bill partners import customers.");
  // The file's refusal in the uploader's language (the headers of every language are read alike).
  const parsed = parseImportCsv(file.bytes, importColumns[kind], await uploaderLocale(actor));
  if (!parsed.ok) refuse(parsed.message, { file: [parsed.message] });
  const decided = await decide(tx, actor, kind, parsed.rows);
  const [created] = await tx
    .insert(imports)
    .values({ organizationId: actor.organizationId!, kind, fileName: file.name.slice(0, 200) || "upload.csv", rowCount: decided.length, createdByUserId: actor.userId })
    .returning({ id: imports.id });
  const importId = created!.id;
  // All rows in one statement from one JSON parameter: 10,000 rows as bound parameters would cost seconds.
  await tx.execute(sql`
    insert into import_rows (import_id, line, fields, decision, reason)
    select ${importId}::uuid, r.line, r.fields, r.decision::import_decision, r.reason
    from jsonb_to_recordset(${JSON.stringify(decided)}::jsonb) as r(line int, fields jsonb, decision text, reason text)`);
  const counts = countDecisions(decided);
  await writeAudit(tx, actor, { action: "import.previewed", entityType: "import", entityId: importId, after: { kind, fileName: file.name, rows: decided.length, ...counts } });
  return { importId, ...counts };
}

function countDecisions(rows: readonly { decision: RowDecision["decision"] }[]) {
  const counts = { go: 0, already: 0, refused: 0 };
  for (const row of rows) counts[row.decision]++;
  return counts;
}

/** The import as its page shows it, with the job's progress; null for another organization's, another kind's or a missing id. */
export async function getImport(actor: Actor, kind: ImportKind, importId: string) {
  if (!canImport(actor, kind)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.organizationId, actor.organizationId!), eq(imports.kind, kind)));
  if (!row) return null;
  const grouped = await db
    .select({ decision: importRows.decision, outcome: importRows.outcome, rows: count() })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .groupBy(importRows.decision, importRows.outcome);
  const decisions = { go: 0, already: 0, refused: 0 };
  const outcomes = { done: 0, skipped: 0, failed: 0 };
  for (const group of grouped) {
    decisions[group.decision] += group.rows;
    if (group.outcome) outcomes[group.outcome] += group.rows;
  }
  const job = row.jobId ? await getJob(db, row.jobId) : null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.fileName,
    rowCount: row.rowCount,
    createdAt: row.createdAt,
    confirmedAt: row.confirmedAt,
    finishedAt: row.finishedAt,
    decisions,
    outcomes,
    progress: job?.progress ?? null,
    jobFailed: job?.status === "failed" ? (job.lastError ?? "The import stopped.") : null,
  };
}

export type ImportView = NonNullable<Awaited<ReturnType<typeof getImport>>>;

/** The organization's recent imports of this kind, newest first. */
export async function listImports(actor: Actor, kind: ImportKind, limit = 10) {
  if (!canImport(actor, kind)) return [];
  const db = await getDb();
  return db
    .select({ id: imports.id, fileName: imports.fileName, status: imports.status, rowCount: imports.rowCount, createdAt: imports.createdAt })
    .from(imports)
    .where(and(eq(imports.organizationId, actor.organizationId!), eq(imports.kind, kind)))
    .orderBy(desc(imports.createdAt))
    .limit(limit);
}

/** One page of an import's rows, in file order; an import the actor may not see has none. */
export async function listImportRows(actor: Actor, kind: ImportKind, importId: string, page: number) {
  const view = await getImport(actor, kind, importId);
  if (!view) return null;
  const db = await getDb();
  const pages = Math.max(1, Math.ceil(view.rowCount / IMPORT_ROWS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db
    .select({ line: importRows.line, fields: importRows.fields, decision: importRows.decision, reason: importRows.reason, outcome: importRows.outcome, outcomeReason: importRows.outcomeReason })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .orderBy(asc(importRows.line))
    .limit(IMPORT_ROWS_PAGE_SIZE)
    .offset((current - 1) * IMPORT_ROWS_PAGE_SIZE);
  return { rows, page: current, pages, total: view.rowCount };
}

/** Every row with its outcome, for the result file. */
export async function importResultRows(actor: Actor, kind: ImportKind, importId: string) {
  const view = await getImport(actor, kind, importId);
  if (!view) return null;
  const db = await getDb();
  const rows = await db
    .select({ line: importRows.line, fields: importRows.fields, decision: importRows.decision, reason: importRows.reason, outcome: importRows.outcome, outcomeReason: importRows.outcomeReason })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .orderBy(asc(importRows.line));
  return { view, rows };
}

/**
 * The admin confirms: the preview becomes a queued job, acting as them. Only once: a second confirmation (a double
 * click, another admin) is told it is already on its way. A file with nothing to send is refused.
 */
export async function confirmImport(tx: Tx, actor: Actor, kind: ImportKind, importId: string) {
  if (!canImport(actor, kind)) refuseNotFound();
  const [own] = await tx
    .select({ id: imports.id, status: imports.status })
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.organizationId, actor.organizationId!), eq(imports.kind, kind)))
    .for("update");
  if (!own) refuseNotFound();
  if (own.status !== "preview") refuse("This import was already confirmed; its progress is shown below.");
  const [{ go } = { go: 0 }] = await tx.select({ go: count() }).from(importRows).where(and(eq(importRows.importId, importId), eq(importRows.decision, "go")));
  if (go === 0) refuse("No row of this file can be imported, so there is nothing to send. Fix the file and upload it again.");
  const job = await enqueueJob(tx, { kind: IMPORT_JOB, payload: { importId }, organizationId: actor.organizationId, singletonKey: importId, maxAttempts: 3 });
  await tx
    .update(imports)
    .set({ status: "queued", confirmedAt: sql`now()`, confirmedByUserId: actor.userId, jobId: job.id })
    .where(eq(imports.id, importId));
  await writeAudit(tx, actor, { action: "import.confirmed", entityType: "import", entityId: importId, after: { kind, rows: go } });
  return { importId, rows: go };
}
