import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { jobs } from "@/lib/db/schema";
import type { JobView } from "./types";

export type NewJob = {
  kind: string;
  payload?: unknown;
  organizationId?: string | null;
  /** Only one queued or running job per kind and key: asking again returns the one already waiting. */
  singletonKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/**
 * Asks for background work in the transaction of the change that needs it: if the change rolls back, no job exists.
 * Returns the job's id (an already waiting job's id when `singletonKey` matches one).
 */
export async function enqueueJob(tx: Tx | Db, job: NewJob): Promise<{ id: string; created: boolean }> {
  const [inserted] = await tx
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      organizationId: job.organizationId ?? null,
      singletonKey: job.singletonKey ?? null,
      runAt: job.runAt,
      maxAttempts: job.maxAttempts,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  if (inserted) return { id: inserted.id, created: true };
  const [waiting] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(eq(jobs.kind, job.kind), eq(jobs.singletonKey, job.singletonKey ?? ""), inArray(jobs.status, ["queued", "running"])),
    );
  if (!waiting) throw new Error(`Could not queue job ${job.kind}`);
  return { id: waiting.id, created: false };
}

/** A job as people follow it (status, progress, result). Not scoped: callers in lib/data check who may see it. */
export async function getJob(db: Tx | Db, id: string): Promise<JobView | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    organizationId: row.organizationId,
    status: row.status,
    progress: row.progressDone === null || row.progressTotal === null ? null : { done: row.progressDone, total: row.progressTotal },
    result: row.result,
    lastError: row.lastError,
    attempts: row.attempts,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}
