// Sessions end when credentials change; the session that made the change stays valid; two-factor set-up and the
// organization requirement; two admins editing one organization.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { currentTestSession, signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { organizations, recoveryCodes, users } from "@/lib/db/schema";
import { loadActor } from "@/lib/data/actor";
import { changeDisplayName, changePassword, setRequireTwoFactor } from "@/app/(app)/settings/actions";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment, turnOffTwoFactor } from "@/app/(app)/settings/two-factor/actions";
import { TWO_FACTOR_FIRST } from "@/lib/errors";
import { STALE_SETTINGS, acceptSecondFactor } from "./two-factor";
import { checkCredentials } from "./sign-in";
import { totp } from "@/lib/auth/totp";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "old-password-1");
});
afterAll(() => database.drop());

const userRow = async (email: string) => (await database.db.select().from(users).where(eq(users.email, email)))[0]!;
const now = () => Math.floor(Date.now() / 1000);

describe("ending sessions", () => {
  it("a role change ends the user's sessions (database trigger), a rename does not", async () => {
    const before = await userRow("oscar@blueyonder-cloud.example");
    expect(await loadActor(before.id, before.sessionVersion)).not.toBeNull();
    await database.db.update(users).set({ name: "Oscar G." }).where(eq(users.id, before.id));
    expect(await loadActor(before.id, before.sessionVersion)).not.toBeNull();
    await database.db.update(users).set({ role: "admin" }).where(eq(users.id, before.id));
    expect(await loadActor(before.id, before.sessionVersion)).toBeNull();
    expect(await loadActor(before.id, before.sessionVersion + 1)).not.toBeNull();
  });

  it("changing the password ends other sessions and keeps this one", async () => {
    const email = "hugo@litware.example";
    await signInAs(database, email);
    const old = currentTestSession()!.sessionVersion;
    const result = await changePassword({ currentPassword: "old-password-1", newPassword: "new-password-12", confirmPassword: "new-password-12" });
    expect(result).toMatchObject({ ok: true });
    const user = await userRow(email);
    expect(await loadActor(user.id, old)).toBeNull(); // another browser's session
    expect(currentTestSession()!.sessionVersion).toBe(user.sessionVersion); // this browser's, re-issued
    expect(await changeDisplayName({ name: "Hugo B." })).toMatchObject({ ok: true });
    expect(await checkCredentials(email, "new-password-12", "10.9.0.1")).not.toBeNull();
    expect(await checkCredentials(email, "old-password-1", "10.9.0.1")).toBeNull();
  });

  it("refuses a wrong current password and writes nothing", async () => {
    await signInAs(database, "lea@litware.example");
    const before = await userRow("lea@litware.example");
    const result = await changePassword({ currentPassword: "nope", newPassword: "new-password-12", confirmPassword: "new-password-12" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["Your current password is not right."] } });
    expect(await userRow("lea@litware.example")).toEqual(before);
  });
});

describe("two-factor sign-in", () => {
  it("enrols with a code, returns ten recovery codes once (stored hashed), and accepts each code once", async () => {
    const email = "mark@contoso-distribution.example";
    await signInAs(database, email);
    const started = await startTwoFactorEnrolment({});
    if (!started.ok) throw new Error(started.error);
    expect(started.data.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(started.data.qrCode.split(",")[1]!, "base64").toString()).toContain("<svg");
    expect(await confirmTwoFactorEnrolment({ code: "000000" })).toMatchObject({ ok: false });
    const confirmed = await confirmTwoFactorEnrolment({ code: totp(started.data.secret, now()) });
    if (!confirmed.ok) throw new Error(confirmed.error);
    const codes = confirmed.data.recoveryCodes;
    expect(codes).toHaveLength(10);
    const user = await userRow(email);
    expect(user.totpEnabledAt).not.toBeNull();
    expect(currentTestSession()!.sessionVersion).toBe(user.sessionVersion);
    const stored = await database.db.select({ hash: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((s) => s.hash)).not.toContain(codes[0]);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.hash))).toBe(true);

    expect(await acceptSecondFactor(database.db, user.id, codes[0]!)).toBe(true);
    expect(await acceptSecondFactor(database.db, user.id, codes[0]!)).toBe(false); // used
    expect(await acceptSecondFactor(database.db, user.id, codes[1]!.toLowerCase().replaceAll("-", ""))).toBe(true);
    const nextCode = totp(started.data.secret, now() + 30);
    expect(await acceptSecondFactor(database.db, user.id, nextCode)).toBe(true);
    expect(await acceptSecondFactor(database.db, user.id, nextCode)).toBe(false); // replay
    expect(await turnOffTwoFactor({ code: "123456" })).toMatchObject({ ok: false });
  });

  it("an organization that requires it sends users without it to set it up first", async () => {
    await signInAs(database, "olivia@blueyonder-cloud.example");
    const [org] = await database.db.select({ version: organizations.version }).from(organizations).where(eq(organizations.legalName, "Blue Yonder Cloud Ltd"));
    expect(await setRequireTwoFactor({ required: "true", expectedVersion: String(org!.version) })).toMatchObject({ ok: true });
    await signInAs(database, "oscar@blueyonder-cloud.example");
    expect(await changeDisplayName({ name: "Oscar" })).toEqual({ ok: false, error: TWO_FACTOR_FIRST });
    expect(await startTwoFactorEnrolment({})).toMatchObject({ ok: true });
  });
});

describe("two admins editing one organization", () => {
  it("the second save with the same version is refused with a clear message, one change is kept", async () => {
    const [org] = await database.db.select({ id: organizations.id, version: organizations.version }).from(organizations).where(eq(organizations.legalName, "Contoso Distribution B.V."));
    await database.db.insert(users).values({ email: "second-admin@contoso-distribution.example", name: "Second Admin", passwordHash: "x", role: "admin", organizationId: org!.id, totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date(), emailVerifiedAt: new Date() });
    const expectedVersion = String(org!.version);
    await signInAs(database, "anna@contoso-distribution.example");
    const first = await setRequireTwoFactor({ required: "true", expectedVersion });
    await signInAs(database, "second-admin@contoso-distribution.example");
    const second = await setRequireTwoFactor({ required: "false", expectedVersion });
    expect(first).toMatchObject({ ok: true, data: { required: true, version: org!.version + 1 } });
    expect(second).toEqual({ ok: false, error: STALE_SETTINGS });
    const [after] = await database.db.select({ required: organizations.requireTwoFactor, version: organizations.version }).from(organizations).where(eq(organizations.id, org!.id));
    expect(after).toEqual({ required: true, version: org!.version + 1 });
  });
});
