import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { importRows, imports, users } from "@/lib/db/schema";
import { Refusal } from "@/lib/errors";
import { describeDatabaseError } from "@/lib/db/errors";
import { deliverSoon } from "@/lib/email/deliver";
import type { JobHandler } from "@/lib/jobs/types";
import { can } from "@/lib/permissions";
import { loadActor, pendingStepOf, type Actor } from "./actor";
import { createInvitation } from "./invitations";
import { inviteState, loadInviteFacts } from "./invitation-checks";
import { addCustomer } from "./partner-customers";
import type { ImportKind } from "./imports";
import { inviteResellerSchema } from "@/lib/validation/resellers";
import { addCustomerSchema } from "@/lib/validation/customers";

/**
 * The "import.run" job: works through a confirmed import's rows in file order, each in its own transaction, through
 * the very functions the single forms use (`createInvitation`, `addCustomer`: same checks, same email, same audit
 * event), acting as the admin who confirmed. A row that fails is recorded with why and the next one goes on. A row
 * and its outcome commit together, so a retried job carries on where it stopped and never sends twice.
 */

/** What one row does, by kind; a refusal (thrown) becomes the row's "failed" outcome. */
const rowRunners: Record<ImportKind, (tx: Tx, actor: Actor, fields: Record<string, string>) => Promise<{ outcome: "done" | "skipped"; reason: string | null; recordId: string | null }>> = {
  async resellers(tx, actor, fields) {
    // The form's schema again, so the row is sent exactly as the form would send it.
    const input = inviteResellerSchema.safeParse({ email: fields.email, partnerId: fields.partnerId });
    if (!input.success) throw new Refusal(input.error.issues[0]?.message ?? "This row cannot be read.");
    const candidate = { ...input.data, country: fields.country?.trim().toUpperCase() || null };
    // Something may have changed since the preview: a reseller linked or invited meanwhile is skipped, not invited twice.
    const state = inviteState(await loadInviteFacts(tx, actor.organizationId!, [candidate]), candidate);
    if (state) return { outcome: "skipped", reason: state.reason, recordId: null };
    const invitation = await createInvitation(tx, actor, candidate);
    return { outcome: "done", reason: null, recordId: invitation.id };
  },
  async customers(tx, actor, fields) {
    const input = addCustomerSchema.safeParse(fields);
    if (!input.success) throw new Refusal(input.error.issues[0]?.message ?? "This row cannot be read.");
    const created = await addCustomer(tx, actor, input.data);
    return { outcome: "done", reason: null, recordId: created.customerId };
  },
};

const capabilityOf = { resellers: "reseller.invite", customers: "customer.add" } as const;

/** The admin who confirmed, as the data layer sees a signed-in user; null when they can no longer do this. */
async function confirmingActor(db: Db, userId: string | null, kind: ImportKind, organizationId: string): Promise<Actor | null> {
  if (!userId) return null;
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  const actor = user ? await loadActor(userId, user.sessionVersion) : null;
  if (!actor || actor.organizationId !== organizationId || pendingStepOf(actor) !== null || !can(actor, capabilityOf[kind])) return null;
  return actor;
}

export async function runImport(db: Db, importId: string, progress: (done: number, total: number) => Promise<void> = async () => {}) {
  const [job] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!job || job.status === "done" || job.status === "preview") return { skipped: "Nothing to do for this import." };
  await db.update(imports).set({ status: "running" }).where(eq(imports.id, importId));
  const pending = await db
    .select({ line: importRows.line, fields: importRows.fields })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), eq(importRows.decision, "go"), isNull(importRows.outcome)))
    .orderBy(asc(importRows.line));
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), eq(importRows.decision, "go")));
  let done = total - pending.length;
  await progress(done, total);
  const actor = await confirmingActor(db, job.confirmedByUserId, job.kind, job.organizationId);
  let lastReport = Date.now();
  for (const row of pending) {
    const at = and(eq(importRows.importId, importId), eq(importRows.line, row.line));
    try {
      if (!actor) throw new Refusal(`The admin who confirmed this import can no longer ${job.kind === "resellers" ? "invite resellers" : "add customers"}.`);
      await db.transaction(async (tx) => {
        const result = await rowRunners[job.kind](tx, actor, row.fields);
        await tx.update(importRows).set({ outcome: result.outcome, outcomeReason: result.reason, recordId: result.recordId }).where(at);
      });
    } catch (error) {
      // The row's transaction rolled back; its failure is recorded on its own and the next row goes on.
      const reason = error instanceof Refusal ? error.message : describeDatabaseError(error);
      await db.update(importRows).set({ outcome: "failed", outcomeReason: reason }).where(at);
    }
    done++;
    if (Date.now() - lastReport > 500 || done === total) {
      await progress(done, total);
      lastReport = Date.now();
      deliverSoon();
    }
  }
  await db.transaction(async (tx) => {
    // Rows the preview already ruled out are part of the result too, with the preview's reason.
    await tx
      .update(importRows)
      .set({ outcome: "skipped", outcomeReason: importRows.reason })
      .where(and(eq(importRows.importId, importId), sql`${importRows.decision} <> 'go'`, isNull(importRows.outcome)));
    await tx.update(imports).set({ status: "done", finishedAt: sql`now()` }).where(eq(imports.id, importId));
  });
  deliverSoon();
  const [counts] = await db
    .select({
      done: sql<number>`count(*) filter (where ${importRows.outcome} = 'done')::int`,
      skipped: sql<number>`count(*) filter (where ${importRows.outcome} = 'skipped')::int`,
      failed: sql<number>`count(*) filter (where ${importRows.outcome} = 'failed')::int`,
    })
    .from(importRows)
    .where(eq(importRows.importId, importId));
  return counts;
}

/** The job queue's handler for "import.run". */
export const runImportJob: JobHandler = async (payload: { importId?: unknown }, context) => {
  if (typeof payload?.importId !== "string") throw new Error("An import job needs the import's id.");
  return runImport(await getDb(), payload.importId, context.reportProgress);
};
