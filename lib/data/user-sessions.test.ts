import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { users } from "@/lib/db/schema";
import { signOutOtherSessions, signOutSession } from "@/app/(app)/settings/sessions/actions";
import { NOT_FOUND } from "@/lib/errors";
import { signInAs } from "@/test/session";
import { loadActor } from "./actor";
import { listOwnSessions, recordSession } from "./user-sessions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
});
afterAll(() => database.drop());

const lea = async () => (await database.db.select().from(users).where(eq(users.email, "lea@litware.example")))[0]!;

describe("your sessions", () => {
  it("lists each sign-in with browser, address and time; signs out one, or all others, and those sessions end at once", async () => {
    const user = await lea();
    const here = await recordSession(user, { userAgent: "Firefox on Linux", address: "203.0.113.5" });
    const phone = await recordSession(user, { userAgent: "Safari on iPhone", address: "198.51.100.7" });
    const office = await recordSession(user, { userAgent: "Edge on Windows", address: "192.0.2.44" });
    await signInAs(database, "lea@litware.example", here);
    const actor = (await loadActor(user.id, user.sessionVersion, here))!;

    const listed = await listOwnSessions(actor, here);
    expect(listed.map((s) => [s.userAgent, s.clientAddress, s.current])).toEqual([
      ["Edge on Windows", "192.0.2.44", false],
      ["Safari on iPhone", "198.51.100.7", false],
      ["Firefox on Linux", "203.0.113.5", true],
    ]);
    expect(listed[0]!.signedInAt).toBeInstanceOf(Date);

    expect(await signOutSession({ sessionId: phone })).toEqual({ ok: true, data: { sessionId: phone } });
    expect(await loadActor(user.id, user.sessionVersion, phone)).toBeNull();
    expect((await listOwnSessions(actor, here)).map((s) => s.sessionId)).toEqual([office, here]);
    expect(await signOutSession({ sessionId: here })).toMatchObject({ ok: false, error: expect.stringContaining("this browser") });

    expect(await signOutOtherSessions({})).toEqual({ ok: true, data: { ended: 1 } });
    expect(await loadActor(user.id, user.sessionVersion, office)).toBeNull();
    expect(await loadActor(user.id, user.sessionVersion, here)).not.toBeNull();
    expect((await listOwnSessions(actor, here)).map((s) => s.sessionId)).toEqual([here]);
  });

  it("another user's session answers like a missing one, and nothing ends", async () => {
    const user = await lea();
    const leas = await recordSession(user, { userAgent: "Chrome", address: "203.0.113.9" });
    await signInAs(database, "ben@adventure-works.example");
    expect(await signOutSession({ sessionId: leas })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await signOutSession({ sessionId: "00000000-0000-4000-8000-00000000dead" })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await loadActor(user.id, user.sessionVersion, leas)).not.toBeNull();
  });

  it("sessions ended by a password change (a new session version) are no longer listed", async () => {
    const user = await lea();
    const old = await recordSession(user, { userAgent: "Old browser", address: "192.0.2.1" });
    await database.db.update(users).set({ passwordHash: sql`${users.passwordHash} || '-changed'` }).where(eq(users.id, user.id));
    const fresh = await lea();
    expect(fresh.sessionVersion).toBeGreaterThan(user.sessionVersion);
    const actor = (await loadActor(fresh.id, fresh.sessionVersion))!;
    expect((await listOwnSessions(actor, null)).map((s) => s.sessionId)).not.toContain(old);
  });
});
