import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { jobs } from "@/lib/db/schema";
import type { JobHandlers } from "./types";

/** How long a runner holds a job without news from it; `reportProgress` renews the claim. */
export const CLAIM_SECONDS = 120;
const FIRST_RETRY_SECONDS = 30;
const MAX_RETRY_SECONDS = 3600;
const BATCH = 10;

/** Thrown by `reportProgress` when another runner has taken the job over (this one was presumed dead). */
export class JobClaimLost extends Error {
  constructor() {
    super("Another runner has taken this job over.");
  }
}

type Claimed = { id: string; kind: string; payload: unknown; organizationId: string | null; claimToken: string; attempts: number; maxAttempts: number };

/** Gives up on jobs whose runner died on their last attempt (their claim ran out and no attempt is left). */
async function failAbandonedJobs(db: Db) {
  await db
    .update(jobs)
    .set({ status: "failed", finishedAt: sql`now()`, claimToken: null, claimedUntil: null, lastError: sql`coalesce(${jobs.lastError}, 'The runner stopped during the last attempt.')` })
    .where(and(eq(jobs.status, "running"), sql`${jobs.claimedUntil} <= now()`, sql`${jobs.attempts} >= ${jobs.maxAttempts}`));
}

/** Queues the next run of each recurring job, once the previous one has finished long enough ago. */
async function scheduleRecurring(db: Db, recurring: ReadonlyArray<{ kind: string; everySeconds: number }>) {
  for (const { kind, everySeconds } of recurring) {
    await db.execute(sql`
      insert into jobs (kind, singleton_key, run_at)
      select ${kind}, 'recurring',
        coalesce((select max(finished_at) from jobs where kind = ${kind} and singleton_key = 'recurring') + make_interval(secs => ${everySeconds}), now())
      where not exists (select 1 from jobs where kind = ${kind} and singleton_key = 'recurring' and status in ('queued', 'running'))
      on conflict do nothing`);
  }
}

/**
 * Claims due jobs in one statement: queued ones whose time has come, and running ones whose runner stopped renewing
 * its claim (it crashed or the server restarted). `SKIP LOCKED` keeps concurrent runners off each other's rows; the
 * fresh claim token makes a presumed-dead runner's late writes land nowhere.
 */
async function claimDue(db: Db, limit: number): Promise<Claimed[]> {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      sql`((${jobs.status} = 'queued' and ${jobs.runAt} <= now()) or (${jobs.status} = 'running' and ${jobs.claimedUntil} <= now()))
        and ${jobs.attempts} < ${jobs.maxAttempts}`,
    )
    .orderBy(jobs.runAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(jobs)
    .set({
      status: "running",
      claimToken: sql`gen_random_uuid()`,
      claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`,
      attempts: sql`${jobs.attempts} + 1`,
      startedAt: sql`coalesce(${jobs.startedAt}, now())`,
    })
    .where(sql`${jobs.id} in ${due}`)
    .returning({
      id: jobs.id,
      kind: jobs.kind,
      payload: jobs.payload,
      organizationId: jobs.organizationId,
      claimToken: jobs.claimToken,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
    }) as Promise<Claimed[]>;
}

const ours = (job: Claimed) => and(eq(jobs.id, job.id), eq(jobs.claimToken, job.claimToken));

async function markDone(db: Db, job: Claimed, result: unknown) {
  await db
    .update(jobs)
    .set({ status: "done", result: result ?? null, finishedAt: sql`now()`, claimToken: null, claimedUntil: null, lastError: null })
    .where(ours(job));
}

async function markFailedAttempt(db: Db, job: Claimed, error: unknown, final: boolean) {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const wait = Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (job.attempts - 1));
  await db
    .update(jobs)
    .set(
      final || job.attempts >= job.maxAttempts
        ? { status: "failed", finishedAt: sql`now()`, claimToken: null, claimedUntil: null, lastError: message }
        : { status: "queued", runAt: sql`now() + make_interval(secs => ${wait})`, claimToken: null, claimedUntil: null, lastError: message },
    )
    .where(ours(job));
}

async function reportProgress(db: Db, job: Claimed, done: number, total: number) {
  const renewed = await db
    .update(jobs)
    .set({ progressDone: done, progressTotal: total, claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})` })
    .where(ours(job))
    .returning({ id: jobs.id });
  if (renewed.length === 0) throw new JobClaimLost();
}

/** Runs what is due, one job after another; returns how many finished and how many attempts failed this round. */
export async function runDueJobs(
  options: {
    limit?: number;
    handlers?: JobHandlers;
    recurring?: ReadonlyArray<{ kind: string; everySeconds: number }>;
    /** The connection to work through; the app's own by default (tests pass a second one to act as another server). */
    db?: Db;
  } = {},
) {
  const db = options.db ?? (await getDb());
  // Loaded on first run, not at import: every action imports this module (runJobsSoon), and the handlers import the
  // data layer they drive.
  // Tests that pass their own handlers get no schedule unless they pass one too.
  const registry = options.handlers ? null : await import("./handlers");
  const handlers = options.handlers ?? registry!.jobHandlers;
  await failAbandonedJobs(db);
  await scheduleRecurring(db, options.recurring ?? registry?.recurringJobs ?? []);
  const claimed = await claimDue(db, options.limit ?? BATCH);
  let done = 0;
  let failed = 0;
  for (const job of claimed) {
    const handler = handlers[job.kind];
    if (!handler) {
      await markFailedAttempt(db, job, new Error(`No handler for job kind "${job.kind}".`), true);
      failed++;
      continue;
    }
    try {
      const result = await handler(job.payload, {
        jobId: job.id,
        organizationId: job.organizationId,
        reportProgress: (doneCount, total) => reportProgress(db, job, doneCount, total),
      });
      await markDone(db, job, result);
      done++;
    } catch (error) {
      if (!(error instanceof JobClaimLost)) await markFailedAttempt(db, job, error, false);
      failed++;
    }
  }
  return { done, failed };
}

const holder = globalThis as unknown as { __cspJobRun?: Promise<unknown>; __cspJobTimer?: ReturnType<typeof setInterval> };

/**
 * Runs due jobs after a commit without making the request wait. Calls while a round is running share it; anything
 * left (or queued by another app server) is picked up by the periodic runner.
 */
export function runJobsSoon(): void {
  // Tests run jobs explicitly; a background runner would race them.
  if (process.env.NODE_ENV === "test") return;
  startJobRunner();
  holder.__cspJobRun ??= runDueJobs()
    .catch((error: unknown) => console.error("Background jobs failed:", error))
    .finally(() => {
      holder.__cspJobRun = undefined;
    });
}

/**
 * Looks for due jobs every few seconds: retries, scheduled work, and jobs queued by another app server. Started by the
 * first change or signed-in page a server handles (not at import, so `next build` never opens the database).
 */
export function startJobRunner(everyMs = 3_000): void {
  if (holder.__cspJobTimer) return;
  holder.__cspJobTimer = setInterval(runJobsSoon, everyMs);
  holder.__cspJobTimer.unref?.();
}
