import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, users, userTokens } from "@/lib/db/schema";
import { requestPasswordResetForm, resetPasswordForm } from "@/app/(auth)/forgot-password/actions";
import { deliverTo } from "@/test/deliver";
import { linkIn, startMailServer, type MailServer } from "@/test/mail";
import { checkCredentials } from "./sign-in";
import { RESET_LINK_NOT_VALID, RESETS_PER_ACCOUNT_HOUR, RESETS_PER_CLIENT_HOUR, TOO_MANY_RESETS } from "./password-reset";

let clientAddress = "10.7.0.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));
vi.mock("next/navigation", () => import("@/test/next-navigation"));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "old-password-1");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

const deliver = () => deliverTo(mail);
const formOf = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const ask = (email: string) => requestPasswordResetForm(null, formOf({ email }));
async function reset(token: string, password: string): Promise<unknown> {
  try {
    return await resetPasswordForm(null, formOf({ token, newPassword: password, confirmPassword: password }));
  } catch (error) {
    const to = (error as { to?: string }).to;
    if (!to) throw error;
    return { redirectedTo: to };
  }
}
const tokenOf = (link: string) => new URL(link).pathname.split("/").at(-1)!;
const userRow = async (email: string) => (await database.db.select().from(users).where(eq(users.email, email)))[0]!;

describe("forgot password", () => {
  it("answers alike for an address with and without an account, and mails only the account's owner", async () => {
    clientAddress = "10.7.0.1";
    const known = await ask("Hugo@Litware.example");
    const unknown = await ask("nobody-here@litware.example");
    expect(known).toEqual({ ok: true, data: { email: "hugo@litware.example" } });
    expect(unknown).toEqual({ ok: true, data: { email: "nobody-here@litware.example" } });
    await deliver();
    const message = await mail.waitFor((m) => m.to.includes("hugo@litware.example") && /Reset your/.test(m.subject));
    expect(message.text).toContain("60 minutes");
    expect(mail.to("nobody-here@litware.example")).toHaveLength(0);
  });

  it("sets the new password once from the link, ends every session, tells the owner, and the old password stops working", async () => {
    clientAddress = "10.7.0.2";
    const before = await userRow("oscar@blueyonder-cloud.example");
    await ask("oscar@blueyonder-cloud.example");
    await deliver();
    const token = tokenOf(linkIn(await mail.waitFor((m) => m.to.includes("oscar@blueyonder-cloud.example") && /Reset your/.test(m.subject)), "/reset-password/"));

    expect(await reset(token, "a brand new password")).toEqual({ redirectedTo: "/sign-in?reset=1" });
    const after = await userRow("oscar@blueyonder-cloud.example");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await checkCredentials("oscar@blueyonder-cloud.example", "old-password-1", "10.7.0.2")).toBeNull();
    expect(await checkCredentials("oscar@blueyonder-cloud.example", "a brand new password", "10.7.0.2")).toMatchObject({ id: after.id });
    const events = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, after.id));
    expect(events.map((e) => e.action)).toEqual(["user.password-reset-requested", "user.password-reset"]);

    await deliver();
    const notice = await mail.waitFor((m) => m.to.includes("oscar@blueyonder-cloud.example") && /password was changed/.test(m.subject));
    expect(notice.text).toContain("every session signed in with the old password was ended");
    // Used once: the same link again is refused, and the password stays.
    expect(await reset(token, "yet another password")).toEqual({ ok: false, error: RESET_LINK_NOT_VALID });
    expect((await userRow("oscar@blueyonder-cloud.example")).passwordHash).toBe(after.passwordHash);
  });

  it("refuses a link older than an hour, and keeps two-factor sign-in after a reset", async () => {
    clientAddress = "10.7.0.3";
    await ask("tess@trey-research.example");
    await deliver();
    const token = tokenOf(linkIn(await mail.waitFor((m) => m.to.includes("tess@trey-research.example") && /Reset your/.test(m.subject)), "/reset-password/"));
    const tess = await userRow("tess@trey-research.example");
    await database.db.update(users).set({ totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", totpEnabledAt: new Date() }).where(eq(users.id, tess.id));
    await database.db.update(userTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(userTokens.userId, tess.id));
    expect(await reset(token, "a brand new password")).toEqual({ ok: false, error: RESET_LINK_NOT_VALID });

    await database.db.update(userTokens).set({ expiresAt: sql`now() + interval '1 hour'` }).where(eq(userTokens.userId, tess.id));
    expect(await reset(token, "a brand new password")).toEqual({ redirectedTo: "/sign-in?reset=1" });
    const signedIn = await checkCredentials("tess@trey-research.example", "a brand new password", "10.7.0.3");
    expect(signedIn).toMatchObject({ twoFactor: true });
  });

  it("throttles per account silently (same answer, no more mail) and per client address openly", async () => {
    clientAddress = "10.7.0.4";
    const email = "ivan@woodgrove-direct.example";
    for (let i = 0; i < RESETS_PER_ACCOUNT_HOUR + 2; i++) {
      expect(await ask(email)).toEqual({ ok: true, data: { email } });
      // Past the minute between two links.
      await database.db.execute(sql`update sign_in_throttles set last_failure_at = now() - interval '2 minutes' where key = ${`reset-account:${email}`}`);
    }
    await deliver();
    const sent = mail.to(email).filter((m) => /Reset your/.test(m.subject));
    expect(sent).toHaveLength(RESETS_PER_ACCOUNT_HOUR);

    clientAddress = "10.7.0.5";
    for (let i = 0; i < RESETS_PER_CLIENT_HOUR; i++) expect((await ask(`someone-${i}@example.com`))?.ok).toBe(true);
    expect(await ask("one-more@example.com")).toEqual({ ok: false, error: TOO_MANY_RESETS, values: { email: "one-more@example.com" } });
  });

  it("refuses malformed input without a 500, keeping what was typed", async () => {
    expect(await ask("not an email")).toMatchObject({ ok: false, values: { email: "not an email" }, fieldErrors: { email: expect.any(Array) } });
    expect(await reset("short", "a brand new password")).toMatchObject({ ok: false, error: expect.stringContaining("not valid") });
    const mismatch = await resetPasswordForm(null, formOf({ token: "a".repeat(43), newPassword: "a long password 1", confirmPassword: "other" }));
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The two new passwords are not the same."] } });
  });
});
