import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { openDatabase } from "@/lib/db/open";
import { apiTokens, auditEvents, users } from "@/lib/db/schema";
import { hashApiTokenSecret } from "@/lib/auth/api-token-secret";
import { createApiToken as createApiTokenAction, createApiTokenForm, revokeApiToken as revokeApiTokenAction } from "@/app/(app)/settings/api-tokens/actions";
import { GET as listResellers } from "@/app/api/v1/resellers/route";
import { NOT_ALLOWED, NOT_FOUND } from "@/lib/errors";
import { getActor, getApiActor } from "./actor";
import { listApiTokens } from "./api-tokens";
import { consumeApiRequest } from "./api-rate-limit";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

const bearer = (secret: string) => new Request("http://localhost/api/v1/resellers", { headers: { authorization: `Bearer ${secret}` } });

async function makeToken(email: string, input: Record<string, unknown> = {}) {
  await signInAs(database, email);
  const answer = await createApiTokenAction({ name: "Billing sync", scopes: ["resellers:read"], expiresInDays: 30, ...input });
  signOutOfTests();
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}

describe("API tokens", () => {
  it("shows the secret once, keeps only its SHA-256, and lists the token without it", async () => {
    const token = await makeToken("anna@contoso-distribution.example");
    expect(token.secret).toMatch(/^csp_[A-Za-z0-9_-]{43}$/);
    const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row!.tokenHash).toBe(hashApiTokenSecret(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret.slice(4));
    await signInAs(database, "anna@contoso-distribution.example");
    const listed = await listApiTokens((await getActor())!);
    const mine = listed.find((entry) => entry.id === token.id)!;
    expect(mine).toMatchObject({ name: "Billing sync", state: "active", lastUsedAt: null, scopes: ["resellers:read"] });
    expect(mine.prefix).toBe(token.secret.slice(0, 10));
    expect(JSON.stringify(listed)).not.toContain(token.secret);
    const [created] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, token.id));
    expect(created!.action).toBe("api-token.created");
  });

  it("is made by admins only; members and support are not allowed, and nonsense input changes nothing", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await createApiTokenAction({ name: "x", scopes: ["resellers:read"], expiresInDays: 30 })).toEqual({ ok: false, error: NOT_ALLOWED });
    await signInAs(database, "sam@program-support.example");
    expect(await createApiTokenAction({ name: "x", scopes: ["resellers:read"], expiresInDays: 30 })).toEqual({ ok: false, error: NOT_ALLOWED });
    await signInAs(database, "anna@contoso-distribution.example");
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(apiTokens);
    const bad = await createApiTokenAction({ name: "", scopes: ["root:all"], expiresInDays: 3 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.fieldErrors).toMatchObject({ name: expect.any(Array), scopes: expect.any(Array), expiresInDays: expect.any(Array) });
    expect(await database.db.select({ n: sql<number>`count(*)::int` }).from(apiTokens)).toEqual(before);
  });

  it("takes several ticked scopes from the form", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const form = new FormData();
    form.append("name", "Two scopes");
    form.append("scopes", "resellers:read");
    form.append("scopes", "mpa:verify");
    form.append("expiresInDays", "7");
    const answer = await createApiTokenForm(null, form);
    expect(answer).toMatchObject({ ok: true, data: { scopes: ["resellers:read", "mpa:verify"] } });
  });

  it("acts as its organization's admin within its scopes, records its last use, and stops at once when revoked", async () => {
    const token = await makeToken("anna@contoso-distribution.example", { name: "Revocable" });
    const actor = await getApiActor(bearer(token.secret));
    expect(actor).toMatchObject({ role: "admin", partnerType: "indirect-provider", organizationName: "Contoso Distribution B.V.", apiToken: { name: "Revocable", scopes: ["resellers:read"] } });

    const ok = await listResellers(bearer(token.secret));
    expect(ok.status).toBe(200);
    const [used] = await database.db.select({ lastUsedAt: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(used!.lastUsedAt).not.toBeNull();
    const [call] = await database.db.select().from(auditEvents).where(sql`${auditEvents.action} = 'api.request' and ${auditEvents.entityId} = ${token.id}`);
    expect(call).toMatchObject({ apiTokenName: "Revocable", after: { token: "Revocable", method: "GET", path: "/api/v1/resellers", status: 200 } });

    // Another organization's admin cannot revoke it: it answers like a missing token.
    await signInAs(database, "frank@fabrikam-cloud.example");
    expect(await revokeApiTokenAction({ tokenId: token.id })).toEqual({ ok: false, error: NOT_FOUND });
    expect((await listResellers(bearer(token.secret))).status).toBe(200);

    await signInAs(database, "anna@contoso-distribution.example");
    expect(await revokeApiTokenAction({ tokenId: token.id })).toMatchObject({ ok: true });
    signOutOfTests();
    const refused = await listResellers(bearer(token.secret));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: "unauthorized", fieldErrors: {} });
    expect(refused.headers.get("www-authenticate")).toContain("Bearer");
    await signInAs(database, "anna@contoso-distribution.example");
    expect(await revokeApiTokenAction({ tokenId: token.id })).toEqual({ ok: false, error: "This token is already revoked." });
  });

  it("stops working once expired; an unknown or malformed secret is refused alike", async () => {
    const token = await makeToken("anna@contoso-distribution.example", { name: "Short-lived" });
    expect((await listResellers(bearer(token.secret))).status).toBe(200);
    await database.db.update(apiTokens).set({ expiresAt: sql`now() - interval '1 second'`, createdAt: sql`now() - interval '1 day'` }).where(eq(apiTokens.id, token.id));
    expect((await listResellers(bearer(token.secret))).status).toBe(401);
    expect((await listResellers(bearer(`csp_${"A".repeat(43)}`))).status).toBe(401);
    expect((await listResellers(new Request("http://localhost/api/v1/resellers", { headers: { authorization: "Bearer nonsense" } }))).status).toBe(401);
    expect((await listResellers(new Request("http://localhost/api/v1/resellers"))).status).toBe(401);
    await signInAs(database, "anna@contoso-distribution.example");
    const listed = await listApiTokens((await getActor())!);
    expect(listed.find((entry) => entry.id === token.id)!.state).toBe("expired");
  });

  it("stops working when its maker leaves the team or is no longer an admin, and works again when they are", async () => {
    // Mark (a member) is made an admin to make the token, so Anna stays the admin the team must keep.
    const [maker] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, "mark@contoso-distribution.example"));
    await database.db.update(users).set({ role: "admin" }).where(eq(users.id, maker!.id));
    try {
      const token = await makeToken("mark@contoso-distribution.example", { name: "Maker's token" });
      expect((await listResellers(bearer(token.secret))).status).toBe(200);
      await database.db.update(users).set({ role: "member" }).where(eq(users.id, maker!.id));
      expect((await listResellers(bearer(token.secret))).status).toBe(401);
      await database.db.update(users).set({ role: "admin", removedAt: sql`now()` }).where(eq(users.id, maker!.id));
      expect((await listResellers(bearer(token.secret))).status).toBe(401);
      await database.db.update(users).set({ removedAt: null }).where(eq(users.id, maker!.id));
      expect((await listResellers(bearer(token.secret))).status).toBe(200);
    } finally {
      await database.db.update(users).set({ role: "member", removedAt: null }).where(eq(users.id, maker!.id));
    }
  });

  it("a session cookie is not a token: the partner API answers 401 to a signed-in browser", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    expect((await listResellers(new Request("http://localhost/api/v1/resellers"))).status).toBe(401);
  });
});

describe("the per-token rate limit", () => {
  it("answers 429 with Retry-After past the limit, and starts afresh in the next window", async () => {
    const token = await makeToken("anna@contoso-distribution.example", { name: "Rate limited" });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await consumeApiRequest(token.id, { limit: 3, windowSeconds: 3600 }));
    expect(answers.map((answer) => answer.allowed)).toEqual([true, true, true, false]);
    const refused = answers[3]!;
    expect(!refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(!refused.allowed && refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    // A window that has passed: the count starts again.
    await database.db.execute(sql`update api_rate_limits set window_start = window_start - interval '2 hours'`);
    expect((await consumeApiRequest(token.id, { limit: 3, windowSeconds: 3600 })).allowed).toBe(true);
  });

  it("the route answers 429 with Retry-After and the one error body once the token's minute is used up", async () => {
    const token = await makeToken("anna@contoso-distribution.example", { name: "Flooded" });
    await database.db.execute(sql`insert into api_rate_limits (token_id, window_start, requests)
      values (${token.id}, to_timestamp(floor(extract(epoch from now()) / 60) * 60), 1000000)`);
    const response = await listResellers(bearer(token.secret));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await response.json()).toMatchObject({ code: "rate_limited", error: expect.stringContaining("Too many requests") });
  });

  it("counts concurrent requests exactly once each (one connection's queue, or two app servers' connections)", async () => {
    const token = await makeToken("anna@contoso-distribution.example", { name: "Shared limit" });
    // A second app server: its own connection to the same PostgreSQL database (PGlite serves one process, so there
    // the concurrent requests share its one connection).
    const second = database.url ? await openDatabase({ DATABASE_URL: database.url, PGLITE_DIR: "unused" }, { migrate: false }) : null;
    try {
      const servers = [database.db, second?.db ?? database.db];
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => consumeApiRequest(token.id, { limit: 25, windowSeconds: 3600, db: servers[i % 2] })));
      expect(answers.filter((answer) => answer.allowed)).toHaveLength(25);
      const remaining = answers.flatMap((answer) => (answer.allowed ? [answer.remaining] : [])).sort((a, b) => a - b);
      expect(remaining).toEqual(Array.from({ length: 25 }, (_, i) => i));
    } finally {
      await second?.close();
    }
  });
});
