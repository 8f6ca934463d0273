// Wrong current passwords (change password) and wrong codes (turning two-factor off) are throttled per account like
// sign-in: after the free failures even the right answer is refused for a while, and the count survives the refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { signInThrottles, users } from "@/lib/db/schema";
import { totp } from "@/lib/auth/totp";
import { changePassword } from "@/app/(app)/settings/actions";
import { turnOffTwoFactor } from "@/app/(app)/settings/two-factor/actions";
import { checkCredentials, FREE_FAILURES } from "./sign-in";
import { WRONG_CURRENT_PASSWORD } from "./password";
import { WRONG_CODE } from "./two-factor";
import { tooManyAttempts } from "./secret-check-throttle";

const PASSWORD = "throttle-password-1";
const TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, PASSWORD);
});
afterAll(() => database.drop());

const TOO_MANY = /^Too many attempts; try again in \d+ minutes?\.$/;
const newPassword = { newPassword: "a-new-password-1", confirmPassword: "a-new-password-1" };

async function failuresOf(email: string) {
  const [row] = await database.db.select({ failures: signInThrottles.failures }).from(signInThrottles).where(eq(signInThrottles.key, `account:${email}`));
  return row?.failures ?? 0;
}

async function passwordHashOf(email: string) {
  const [row] = await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
  return row!.hash;
}

describe("throttling re-entered secrets", () => {
  it("says how long to wait, in minutes", () => {
    expect(tooManyAttempts(4)).toBe("Too many attempts; try again in 1 minute.");
    expect(tooManyAttempts(900)).toBe("Too many attempts; try again in 15 minutes.");
  });

  it("throttle: counts wrong current passwords on change-password, then refuses even the right one", async () => {
    const email = "hugo@litware.example";
    const hashBefore = await passwordHashOf(email);
    await signInAs(database, email);
    for (let i = 0; i <= FREE_FAILURES.account; i++) {
      expect(await changePassword({ currentPassword: `wrong-${i}`, ...newPassword })).toMatchObject({ ok: false, error: WRONG_CURRENT_PASSWORD });
    }
    expect(await failuresOf(email)).toBe(FREE_FAILURES.account + 1);
    const refused = await changePassword({ currentPassword: PASSWORD, ...newPassword });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(TOO_MANY) });
    expect(await passwordHashOf(email)).toBe(hashBefore);
    // The same account count as sign-in: the pause holds there too.
    expect(await checkCredentials(email, PASSWORD, "10.7.0.2")).toBeNull();
  });

  it("throttle: counts wrong codes when turning two-factor off, then refuses even a right code", async () => {
    const email = "oscar@blueyonder-cloud.example";
    await database.db.update(users).set({ totpSecret: TOTP_SECRET, totpEnabledAt: new Date(), totpLastUsedStep: null }).where(eq(users.email, email));
    await signInAs(database, email);
    for (let i = 0; i <= FREE_FAILURES.account; i++) {
      expect(await turnOffTwoFactor({ code: "000000" })).toMatchObject({ ok: false, error: WRONG_CODE });
    }
    expect(await failuresOf(email)).toBe(FREE_FAILURES.account + 1);
    const refused = await turnOffTwoFactor({ code: totp(TOTP_SECRET, Math.floor(Date.now() / 1000)) });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(TOO_MANY) });
    const [row] = await database.db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.email, email));
    expect(row!.enabledAt).not.toBeNull();
  });

  it("lets another account change its password meanwhile", async () => {
    await signInAs(database, "lea@litware.example");
    expect(await changePassword({ currentPassword: PASSWORD, ...newPassword })).toMatchObject({ ok: true });
  });
});
