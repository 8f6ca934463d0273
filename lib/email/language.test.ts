import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { createTestDatabase } from "@/test/database";
import { startMailServer, type MailServer } from "@/test/mail";
import { deliverTo } from "@/test/deliver";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { emailOutbox, notifications, users } from "@/lib/db/schema";
import { requestPasswordReset } from "@/lib/data/password-reset";
import { sessionsEnded } from "@/lib/notifications/events";
import { recipientLocale } from "./locale";

// Each message is written in its recipient's language, when it is queued: their own choice (users.locale), else the
// request's language when they caused it, else English.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  mail = await startMailServer();
  await database.db.update(users).set({ locale: "nl" }).where(eq(users.email, "lea@litware.example"));
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});
beforeEach(async () => {
  signOutOfTests();
  (await cookies()).delete("locale");
  await database.db.delete(emailOutbox);
  mail.received.length = 0;
});

const localeOf = (recipient: Parameters<typeof recipientLocale>[1]) => database.db.transaction((tx) => recipientLocale(tx, recipient));

async function userOf(email: string) {
  const [row] = await database.db.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.email, email));
  return row!;
}

describe("emails in the recipient's language", () => {
  it("a user who chose Dutch gets the Dutch mail; one who chose nothing gets English", async () => {
    expect(await requestPasswordReset("lea@litware.example", "10.0.0.1")).toMatchObject({ ok: true });
    expect(await requestPasswordReset("hugo@litware.example", "10.0.0.2")).toMatchObject({ ok: true });
    await deliverTo(mail);
    const dutch = await mail.waitFor((m) => m.to.includes("lea@litware.example"));
    const english = await mail.waitFor((m) => m.to.includes("hugo@litware.example"));
    expect(dutch.subject).toBe("Stel je wachtwoord voor CSP Partner Hub opnieuw in");
    expect(dutch.text).toMatch(/^Hallo /);
    expect(dutch.text).toContain("/reset-password/");
    expect(dutch.text).toContain("Je ontvangt dit bericht");
    expect(english.subject).toBe("Reset your CSP Partner Hub password");
    expect(english.text).toMatch(/^Hello /);
    expect(english.text).toContain("The link works once and for");
  });

  it("asking for one's own link without a stored choice follows the request's language (here a cookie)", async () => {
    (await cookies()).set("locale", "nl");
    expect(await requestPasswordReset("mark@contoso-distribution.example", "10.0.0.3")).toMatchObject({ ok: true });
    await deliverTo(mail);
    const received = await mail.waitFor((m) => m.to.includes("mark@contoso-distribution.example"));
    expect(received.subject).toBe("Stel je wachtwoord voor CSP Partner Hub opnieuw in");
  });
});

describe("recipientLocale", () => {
  it("prefers the recipient's choice, then the request's language for the actor or an address without an account, else English", async () => {
    const lea = await userOf("lea@litware.example");
    const hugo = await userOf("hugo@litware.example");
    await signInAs(database, "lea@litware.example");
    // The inviter reads Dutch: an invitation to an address with no account goes out in Dutch.
    expect(await localeOf(null)).toBe("nl");
    expect(await localeOf(lea)).toBe("nl");
    // Another user who chose nothing: English, whatever the actor reads.
    expect(await localeOf(hugo)).toBe("en");
    // The actor without a choice of their own: the request's language.
    await signInAs(database, "hugo@litware.example");
    (await cookies()).set("locale", "nl");
    expect(await localeOf(hugo)).toBe("nl");
    signOutOfTests();
    (await cookies()).delete("locale");
    expect(await localeOf(null)).toBe("en");
  });
});

describe("notifications in the reader's language", () => {
  it("a Dutch recipient reads the row and the mail in Dutch, an English one in English", async () => {
    const lea = await userOf("lea@litware.example");
    const hugo = await userOf("hugo@litware.example");
    await database.db.transaction(async (tx) => {
      await sessionsEnded(tx, { userId: lea.id, change: "twoFactorOn" });
      await sessionsEnded(tx, { userId: hugo.id, change: { roleChangedBy: "Lea", role: "admin" } });
    });
    const [leaRow] = await database.db.select().from(notifications).where(eq(notifications.userId, lea.id));
    const [hugoRow] = await database.db.select().from(notifications).where(eq(notifications.userId, hugo.id));
    expect(leaRow!.title).toBe("Je sessies zijn beëindigd");
    expect(leaRow!.body).toContain("Tweestapsverificatie is aangezet voor je account.");
    expect(hugoRow!.title).toBe("Your sessions were ended");
    expect(hugoRow!.body).toContain("Lea made you an admin of your organization.");
    await deliverTo(mail);
    const dutch = await mail.waitFor((m) => m.to.includes("lea@litware.example"));
    expect(dutch.subject).toBe("Je sessies zijn beëindigd");
    expect(dutch.text).toContain("Kies in Instellingen → Meldingen");
    expect(dutch.text).toMatch(/https?:\/\/\S+\/settings\/sessions/);
  });
});
