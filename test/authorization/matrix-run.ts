// The authorization matrix's cells for one part of the app (matrix-parts.ts): each part is a test file of its own,
// so Vitest's workers share the matrix. Every part seeds its own database and world.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { signInAs, signOutOfTests } from "@/test/session";
import { discoverEndpoints, type Discovered } from "./discover";
import { matrix } from "./matrix";
import { matrixParts, type MatrixPart } from "./matrix-parts";
import type { ActionEntry, Outcome, RouteEntry } from "./matrix-types";
import { databaseFingerprint } from "./snapshot";
import { callerNames, isTokenCaller, loadWorld, MATRIX_PASSWORD, resetWorld, type Caller, type World } from "./world";
import { callAction, expectAnswer, isRefusal, mustWrite, requestAs } from "./invoke";

/** Registers the hooks and the test that run every cell of the endpoints of one part of the matrix. */
export function matrixCells(part: MatrixPart, { minimumCells }: { minimumCells: number }): void {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let world: World;
  let endpoints: Discovered[] = [];
  let cellsRun = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database, MATRIX_PASSWORD);
    world = await loadWorld(database);
    endpoints = await discoverEndpoints((file) => matrixParts[part](file));
    // Seeding and importing every route module takes a while on a busy machine.
  }, 180_000);
  afterAll(async () => {
    console.log(`authorization matrix (${part}): ${endpoints.length} endpoints, ${cellsRun} cells run`);
    await database.drop();
  });

  async function actAs(caller: Caller) {
    signOutOfTests();
    const email = world.caller(caller).email;
    if (email) await signInAs(database, email);
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

  it(`every action and route (${part}) answers each caller as the matrix says; refusals write nothing`, async () => {
    const failures: string[] = [];
    // MATRIX_ONLY=<part of a key> runs the entries whose key contains it (while working on them; CI runs all).
    const only = process.env.MATRIX_ONLY;
    for (const endpoint of endpoints.filter((e) => !only || e.key.includes(only))) {
      const entry = matrix[endpoint.key];
      if (!entry || entry.kind === "delegated") continue;
      const fn = (await import(/* @vite-ignore */ endpoint.file))[endpoint.exportName] as (...args: unknown[]) => Promise<unknown>;
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
    if (!only) expect(cellsRun).toBeGreaterThan(minimumCells);
  }, 600_000);
}

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
