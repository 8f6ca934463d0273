import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { openDatabase } from "@/lib/db/open";
import { jobs } from "@/lib/db/schema";
import { enqueueJob, getJob } from "./queue";
import { CLAIM_SECONDS, runDueJobs } from "./runner";
import type { JobHandler } from "./types";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});
beforeEach(async () => {
  await database.db.delete(jobs);
});

const enqueue = (kind: string, payload: unknown = {}, extra: { singletonKey?: string; maxAttempts?: number } = {}) =>
  database.db.transaction((tx) => enqueueJob(tx, { kind, payload, ...extra }));

const failing: JobHandler = async () => {
  throw new Error("partner center answered 503");
};

describe("job queue", () => {
  it("runs a job once, keeps its result and progress", async () => {
    const seen: unknown[] = [];
    const { id } = await enqueue("count", { upTo: 3 });
    const handlers = {
      count: (async (payload: { upTo: number }, context) => {
        seen.push(payload);
        await context.reportProgress(payload.upTo, payload.upTo);
        return { counted: payload.upTo };
      }) satisfies JobHandler,
    };
    expect(await runDueJobs({ handlers })).toEqual({ done: 1, failed: 0 });
    expect(await runDueJobs({ handlers })).toEqual({ done: 0, failed: 0 });
    expect(seen).toEqual([{ upTo: 3 }]);
    const job = await getJob(database.db, id);
    expect(job).toMatchObject({ status: "done", result: { counted: 3 }, progress: { done: 3, total: 3 }, attempts: 1, lastError: null });
    expect(job!.finishedAt).not.toBeNull();
  });

  it("does not exist when the change that asked for it rolls back", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueJob(tx, { kind: "count" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.select().from(jobs)).toHaveLength(0);
  });

  it("keeps one waiting job per singleton key, and allows a new one once it has finished", async () => {
    const first = await enqueue("scan", {}, { singletonKey: "org-1" });
    const again = await enqueue("scan", {}, { singletonKey: "org-1" });
    const other = await enqueue("scan", {}, { singletonKey: "org-2" });
    expect(again).toEqual({ id: first.id, created: false });
    expect(other.id).not.toBe(first.id);
    await runDueJobs({ handlers: { scan: async () => "ok" } });
    const next = await enqueue("scan", {}, { singletonKey: "org-1" });
    expect(next.created).toBe(true);
  });

  it("retries a failing job later with a growing wait, then marks it failed with the last error", async () => {
    const { id } = await enqueue("flaky", {}, { maxAttempts: 3 });
    expect(await runDueJobs({ handlers: { flaky: failing } })).toEqual({ done: 0, failed: 1 });
    const afterFirst = (await database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;
    expect(afterFirst).toMatchObject({ status: "queued", attempts: 1, lastError: "partner center answered 503" });
    expect(afterFirst.runAt.getTime() - Date.now()).toBeGreaterThan(20_000);
    // Not due yet: nothing runs again at once.
    expect(await runDueJobs({ handlers: { flaky: failing } })).toEqual({ done: 0, failed: 0 });

    await database.db.update(jobs).set({ runAt: sql`now()` });
    await runDueJobs({ handlers: { flaky: failing } });
    const afterSecond = (await database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;
    expect(afterSecond.runAt.getTime() - afterFirst.runAt.getTime()).toBeGreaterThan(20_000); // waits longer each time

    await database.db.update(jobs).set({ runAt: sql`now()` });
    await runDueJobs({ handlers: { flaky: failing } });
    expect(await getJob(database.db, id)).toMatchObject({ status: "failed", attempts: 3, lastError: "partner center answered 503" });
    await database.db.update(jobs).set({ runAt: sql`now()` });
    expect(await runDueJobs({ handlers: { flaky: failing } })).toEqual({ done: 0, failed: 0 });
  });

  it("fails a job of an unknown kind at once instead of retrying it forever", async () => {
    const { id } = await enqueue("nobody-handles-this");
    await runDueJobs({ handlers: {} });
    expect(await getJob(database.db, id)).toMatchObject({ status: "failed", attempts: 1, lastError: 'No handler for job kind "nobody-handles-this".' });
  });

  it("survives a runner that died mid-job: once its claim runs out, another runner takes the job over", async () => {
    const { id } = await enqueue("long");
    let dyingRunnerProgress: ((done: number, total: number) => Promise<void>) | undefined;
    // The first runner claims the job and "dies" (never returns) — like a server restart.
    void runDueJobs({
      handlers: {
        long: (async (_payload, context) => {
          dyingRunnerProgress = context.reportProgress;
          return new Promise(() => {});
        }) satisfies JobHandler,
      },
    });
    await expect.poll(() => dyingRunnerProgress !== undefined).toBe(true);
    expect(await runDueJobs({ handlers: { long: async () => "second" } })).toEqual({ done: 0, failed: 0 }); // still claimed

    await database.db.update(jobs).set({ claimedUntil: sql`now() - interval '1 second'` }).where(eq(jobs.id, id));
    expect(await runDueJobs({ handlers: { long: async () => "taken over" } })).toEqual({ done: 1, failed: 0 });
    expect(await getJob(database.db, id)).toMatchObject({ status: "done", result: "taken over", attempts: 2 });
    // The presumed-dead runner waking up can no longer write to the job.
    await expect(dyingRunnerProgress!(1, 2)).rejects.toThrow("Another runner has taken this job over.");
    expect(await getJob(database.db, id)).toMatchObject({ status: "done", progress: null });
  });

  it("renews the claim while a long job reports progress", async () => {
    const { id } = await enqueue("long");
    let claimAfterProgress: Date | null = null;
    await runDueJobs({
      handlers: {
        long: (async (_payload, context) => {
          await database.db.update(jobs).set({ claimedUntil: sql`now() + interval '1 second'` }).where(eq(jobs.id, id));
          await context.reportProgress(1, 2);
          claimAfterProgress = (await database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!.claimedUntil;
          return null;
        }) satisfies JobHandler,
      },
    });
    expect(claimAfterProgress!.getTime() - Date.now()).toBeGreaterThan((CLAIM_SECONDS - 10) * 1000);
  });

  it("queues a recurring job again once the last one has finished long enough ago", async () => {
    const ran: string[] = [];
    const handlers = { daily: async () => void ran.push("daily") };
    const recurring = [{ kind: "daily", everySeconds: 86_400 }];
    await runDueJobs({ handlers, recurring });
    await runDueJobs({ handlers, recurring });
    expect(ran).toEqual(["daily"]);
    const waiting = await database.db.select().from(jobs).where(eq(jobs.status, "queued"));
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.runAt.getTime() - Date.now()).toBeGreaterThan(86_000_000);
  });

  it("two app servers on one database never run one job twice", async () => {
    for (let i = 0; i < 30; i++) await enqueue("tick", { i });
    const runs: number[] = [];
    const handlers = {
      tick: (async (payload: { i: number }) => {
        runs.push(payload.i);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }) satisfies JobHandler,
    };
    // On PostgreSQL the second "server" has its own connection pool; PGlite has one connection, shared.
    const second = database.url
      ? await openDatabase({ DATABASE_URL: database.url, PGLITE_DIR: "unused" }, { migrate: false })
      : database;
    const server = async (db: typeof database.db) => {
      for (let round = 0; round < 8; round++) await runDueJobs({ handlers, limit: 3, db });
    };
    await Promise.all([server(database.db), server(second.db), server(database.db)]);
    if (second !== database) await second.close();
    await runDueJobs({ handlers, limit: 50 });
    expect(runs).toHaveLength(30);
    expect(new Set(runs).size).toBe(30);
    const rows = await database.db.select().from(jobs);
    expect(rows.every((row) => row.status === "done" && row.attempts === 1)).toBe(true);
  });
});
