// Property tests: hostile and random values thrown at every server action and route handler the app has (found the
// same way as the authorization matrix, so new ones are covered). Never a throw or a 500; always a structured
// refusal ({ ok: false } or a 4xx), and a refusal writes nothing.
import fc from "fast-check";
import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import { CONTROL_CHARACTERS_MESSAGE } from "@/lib/validation/fields";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { signInAs, signOutOfTests } from "@/test/session";
import { discoverEndpoints, type Discovered } from "./discover";
import { matrix } from "./matrix";
import { databaseFingerprint } from "./snapshot";
import { callerNames, isTokenCaller, loadWorld, MATRIX_PASSWORD, resetWorld, type World } from "./world";
import { callAction, requestAs, toFormData } from "./invoke";
import { apiRateLimits } from "@/lib/db/schema";
import { hostileInputs, hostileString, hostileValue } from "./hostile-values";
import { scenarioRequestBody } from "./requests";

// 20 inputs per action (about 150 actions, each run snapshotting the database twice) keeps this file within its
// ten minutes on a busy 2-core machine; HOSTILE_RUNS=200 for a deeper sweep. Routes are cheap: twice as many.
const RUNS_PER_ACTION = Number(process.env.HOSTILE_RUNS ?? 20);
const RUNS_PER_ROUTE = Number(process.env.HOSTILE_RUNS ?? 40) * 2;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: World;
let endpoints: Discovered[];
let tried = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, MATRIX_PASSWORD);
  world = await loadWorld(database);
  endpoints = await discoverEndpoints();
  // Seeding and importing every route module takes a while on a busy machine (as in the matrix).
}, 180_000);
afterAll(async () => {
  console.log(`hostile inputs: ${tried} tried against ${endpoints.length} endpoints`);
  await database.drop();
});

const load = async (endpoint: Discovered) =>
  (await import(/* @vite-ignore */ endpoint.file))[endpoint.exportName] as (...args: unknown[]) => Promise<unknown>;

/** A refused attempt still counts against the sign-up and sign-in throttles: that counter is the throttle's point. */
function withoutThrottles(fingerprint: Record<string, string>): Record<string, string> {
  const { sign_in_throttles: _throttles, ...rest } = fingerprint;
  return rest;
}

function isStructured(value: unknown): boolean {
  if (value === null || value === undefined) return true; // forms that answer "nothing to show" (sign-in, sign-out)
  if (typeof value !== "object" || typeof (value as { ok?: unknown }).ok !== "boolean") return false;
  const { ok, error } = value as { ok: boolean; error?: unknown };
  return ok || error === null || typeof error === "string";
}

describe("hostile input to server actions", () => {
  it("every action answers every hostile input with a structured result; refusals write nothing", async () => {
    for (const endpoint of endpoints.filter((e) => e.kind === "action")) {
      const entry = matrix[endpoint.key];
      if (!entry || entry.kind !== "action") continue;
      // Call as a user who may use the action, so the input reaches the validation and the data layer.
      const caller = callerNames.find((name) => entry.expect[name] === "ok") ?? "anonymous";
      const fn = await load(endpoint);
      await resetWorld(world);
      const valid = await entry.input(world, world.caller(caller));
      await fc.assert(
        fc.asyncProperty(hostileInputs(valid), fc.boolean(), async (input, asForm) => {
          tried++;
          signOutOfTests();
          const email = world.caller(caller).email;
          if (email) await signInAs(database, email);
          const before = withoutThrottles(await databaseFingerprint(database));
          const shaped = asForm && input && typeof input === "object" && !Array.isArray(input) ? toFormData(input as Record<string, unknown>) : input;
          const answer = await callAction(fn, entry, endpoint.exportName, shaped);
          if (answer.kind === "redirect") return; // sign-in succeeded (Auth.js is mocked): Next's answer, not a crash
          expect(isStructured(answer.value), `${endpoint.key}: ${JSON.stringify(answer.value)}`).toBe(true);
          if ((answer.value as { ok?: boolean } | null)?.ok === false) {
            expect(withoutThrottles(await databaseFingerprint(database)), `${endpoint.key}: refused but wrote`).toEqual(before);
          }
        }),
        { numRuns: RUNS_PER_ACTION, seed: Number(process.env.HOSTILE_SEED ?? 7_2026) },
      );
    }
  }, 600_000);

  it("stores names with SQL and markup verbatim (parameters, not string building)", async () => {
    const { changeDisplayName } = await import("@/app/(app)/settings/actions");
    // The sweep above may have chosen a language (the language switch is one of the actions it fuzzes, from a valid
    // input): this test reads the English messages, so it starts as a browser with no choice made.
    (await cookies()).delete("locale");
    await database.db.update(users).set({ locale: null }).where(eq(users.email, "hugo@litware.example"));
    await signInAs(database, "hugo@litware.example");
    const organizationsBefore = (await databaseFingerprint(database)).organizations;
    for (const name of ["Robert'); DELETE FROM organizations;--", "<script>alert(1)</script>", "🧑🏽‍💻 Zoë Ångström"]) {
      tried++;
      expect(await changeDisplayName({ name })).toEqual({ ok: true, data: { name } });
    }
    // A bidi override would make the name display in another order than it is stored: refused, not stored.
    tried++;
    expect(await changeDisplayName({ name: "🧑🏽‍💻 \u202eevil" })).toMatchObject({ ok: false, fieldErrors: { name: [CONTROL_CHARACTERS_MESSAGE] } });
    expect((await databaseFingerprint(database)).organizations).toEqual(organizationsBefore);
  });
});

describe("hostile requests to route handlers", () => {
  const contentTypes = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "multipart/form-data", "application/x-www-form-urlencoded", "", "application/vnd.api+json");
  const bodies = fc.oneof(
    hostileString,
    fc.json(),
    hostileValue.map((value) => JSON.stringify(value) ?? "null"),
    fc.constant(scenarioRequestBody.replace("link-provider-reseller", "<script>")),
    fc.constant(scenarioRequestBody.slice(0, 40)),
    fc.constant("[".repeat(5000)),
    fc.constant(JSON.stringify({ padding: "x".repeat(200_000) })),
  );

  it("route handlers answer every hostile request with 2xx or 4xx, never a 5xx or a throw", async () => {
    for (const endpoint of endpoints.filter((e) => e.kind === "route")) {
      const entry = matrix[endpoint.key];
      if (!entry || entry.kind !== "route") continue;
      const fn = await load(endpoint);
      const url = entry.request(world).url;
      // A partner API route is called with a token that may use it, so the input gets past the gate to the parsing.
      const tokenCaller = callerNames.find((caller) => isTokenCaller(caller) && typeof entry.expect[caller] === "object" && (entry.expect[caller] as { status?: number }).status! < 300);
      const authorization = tokenCaller ? (await requestAs(entry, world, tokenCaller)).headers.get("authorization") : null;
      await fc.assert(
        fc.asyncProperty(bodies, contentTypes, fc.constantFrom("GET", "POST"), hostileString, hostileString, async (body, contentType, method, query, id) => {
          tried++;
          if (authorization) await database.db.delete(apiRateLimits);
          const withQuery = `${url}?q=${encodeURIComponent(query.toWellFormed())}&bad=%E0%A4%A&cursor=${encodeURIComponent(query.toWellFormed())}&limit=${encodeURIComponent(query.toWellFormed())}`;
          const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
          if (authorization) headers.authorization = authorization;
          const init: RequestInit = { method, headers };
          if (method === "POST") init.body = body;
          const response = (await fn(new Request(withQuery, init), { params: Promise.resolve(authorization ? { id } : {}) })) as Response;
          expect(response.status, `${endpoint.key} ${method} ${contentType}`).toBeLessThan(500);
          if (response.status >= 400) expect(await response.json()).toHaveProperty("error");
        }),
        { numRuns: RUNS_PER_ROUTE, seed: 2026 },
      );
    }
  }, 300_000); // 120 s were too few with two test files at a time on a busy 2-core machine
});
