// The authorization matrix: every server action and route handler, found by reading app/, called as each kind of
// user; the answer must be the expected one, and a refusal must leave every table exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { signInAs, signOutOfTests } from "@/test/session";
import { discoverEndpoints, type Discovered } from "./discover";
import { matrix } from "./matrix";
import type { ActionEntry, Outcome, RouteEntry } from "./matrix-types";
import { databaseFingerprint } from "./snapshot";
import { callerNames, isTokenCaller, loadWorld, MATRIX_PASSWORD, resetWorld, type Caller, type World } from "./world";
import { callAction, expectAnswer, isRefusal, mustWrite, requestAs } from "./invoke";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: World;
let endpoints: Discovered[];
let cellsRun = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, MATRIX_PASSWORD);
  world = await loadWorld(database);
  endpoints = await discoverEndpoints();
  // Seeding and importing every route module takes a while on a busy machine.
}, 180_000);
afterAll(async () => {
  console.log(`authorization matrix: ${endpoints.length} endpoints, ${cellsRun} cells run`);
  await database.drop();
});

async function actAs(caller: Caller) {
  signOutOfTests();
  const email = world.caller(caller).email;
  if (email) await signInAs(database, email);
}

async function load(endpoint: Discovered) {
  return (await import(/* @vite-ignore */ endpoint.file))[endpoint.exportName] as (...args: unknown[]) => Promise<unknown>;
}

describe("authorization matrix", () => {
  it("discovers the app's actions and route handlers, and each has exactly one entry", () => {
    const keys = endpoints.map((e) => e.key);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys).toContain("app/(app)/settings/actions.ts#changeDisplayName");
    expect(keys).toContain("app/api/v1/evaluate/route.ts#POST");
    const missing = keys.filter((key) => !(key in matrix));
    expect(missing, "add these to test/authorization/matrix.ts").toEqual([]);
    const stale = Object.keys(matrix).filter((key) => !keys.includes(key));
    expect(stale, "these matrix entries name no endpoint").toEqual([]);
  });

  it("every action and route answers each caller as the matrix says; refusals write nothing", async () => {
    const failures: string[] = [];
    // MATRIX_ONLY=<part of a key> runs the entries whose key contains it (while working on them; CI runs all).
    const only = process.env.MATRIX_ONLY;
    for (const endpoint of endpoints.filter((e) => !only || e.key.includes(only))) {
      const entry = matrix[endpoint.key];
      if (!entry || entry.kind === "delegated" || (only && !endpoint.key.includes(only))) continue;
      const fn = await load(endpoint);
      for (const caller of callerNames) {
        if (!runsFor(caller, endpoint.key)) continue;
        const outcome = entry.expect[caller];
        const where = `${endpoint.key} as ${caller}`;
        await resetWorld(world);
        try {
          if (entry.kind === "route") await checkRoute(fn, entry, caller, outcome, where);
          else await checkAction(fn, entry, endpoint.exportName, caller, outcome, where);
        } catch (error) {
          // Every failing cell is listed at the end, not only the first.
          failures.push(error instanceof Error ? error.message.split("\n").slice(0, 6).join("\n") : String(error));
        }
        cellsRun++;
      }
    }
    expect(failures, `${failures.length} cells failed`).toEqual([]);
    expect(cellsRun).toBeGreaterThan(100);
  }, 600_000);
});

/**
 * Token callers run every cell of the partner API and of the token-management actions. Elsewhere a token is no
 * session, so every token caller's cell is the anonymous one (world.ts, twinCallers): one of them runs those cells,
 * to check that a token opens no page, action or export, and the others are not run again for the same answer.
 */
const TOKEN_CALLER_EVERYWHERE: Caller = "token-resellers-read";
function runsFor(caller: Caller, key: string): boolean {
  if (!isTokenCaller(caller) || caller === TOKEN_CALLER_EVERYWHERE) return true;
  return key.startsWith("app/api/v1/") || key.startsWith("app/(app)/settings/api-tokens/");
}

async function checkAction(fn: (...args: unknown[]) => Promise<unknown>, entry: ActionEntry, exportName: string, caller: Caller, outcome: Outcome, where: string) {
  signOutOfTests();
  const input = await entry.input(world, world.caller(caller));
  await actAs(caller);
  const before = await databaseFingerprint(database);
  const answer = await callAction(fn, entry, exportName, input);
  const after = await databaseFingerprint(database);
  expectAnswer(answer, outcome, where);
  if (isRefusal(outcome)) expect(after, `${where}: a refusal wrote to the database`).toEqual(before);
  if (mustWrite(outcome)) expect(after, `${where}: succeeded without writing (no audit event?)`).not.toEqual(before);
  if (outcome === "read") expect(after, `${where}: a read-only action wrote to the database`).toEqual(before);
  if (outcome === "not-found" && entry.withMissingRecord) {
    await actAs(caller);
    const missing = await callAction(fn, entry, exportName, entry.withMissingRecord(input));
    expect(missing, `${where}: another organization's id must look like a missing one`).toEqual(answer);
    expect(await databaseFingerprint(database)).toEqual(before);
  }
}

async function checkRoute(fn: (...args: unknown[]) => Promise<unknown>, entry: RouteEntry, caller: Caller, outcome: Outcome, where: string) {
  const params = (await entry.params?.(world)) ?? {};
  await actAs(caller);
  const request = await requestAs(entry, world, caller);
  const before = await databaseFingerprint(database);
  const response = (await fn(request, { params: Promise.resolve(params) })) as Response;
  const after = await databaseFingerprint(database);
  if (typeof outcome === "object" && "status" in outcome) expect(response.status, where).toBe(outcome.status);
  if (typeof outcome === "object" && "status" in outcome && outcome.status >= 400) expect(after, `${where}: a refusal wrote to the database`).toEqual(before);
}
