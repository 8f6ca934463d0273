import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { startMailServer, type MailServer } from "@/test/mail";
import { emailOutbox } from "@/lib/db/schema";
import { queueEmail } from "./outbox";
import { deliverDueEmails, MAX_ATTEMPTS } from "./deliver";
import { smtpTransport } from "./transport";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;

beforeAll(async () => {
  database = await createTestDatabase();
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});
beforeEach(async () => {
  await database.db.delete(emailOutbox);
  mail.received.length = 0;
});

const queue = (to: string, subject = "Hello") =>
  database.db.transaction((tx) => queueEmail(tx, { kind: "test", to, subject, text: `Open https://app.example/verify-email/abc for ${to}` }));

describe("email outbox", () => {
  it("delivers a queued message over SMTP once, with the outbox id as Message-ID", async () => {
    await queue("one@example.com");
    expect(await deliverDueEmails(smtpTransport(mail.url))).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueEmails(smtpTransport(mail.url))).toEqual({ sent: 0, failed: 0 });
    const received = await mail.waitFor((m) => m.to.includes("one@example.com"));
    const [row] = await database.db.select().from(emailOutbox);
    expect(received.messageId).toBe(`<${row!.id}@csp-partner-hub>`);
    expect(row!.sentAt).not.toBeNull();
    expect(mail.received).toHaveLength(1);
  });

  it("writes nothing when the change it announces rolls back", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await queueEmail(tx, { kind: "test", to: "rolled@example.com", subject: "x", text: "x" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("two deliverers running at once never send one message twice", async () => {
    for (let i = 0; i < 12; i++) await queue(`many${i}@example.com`);
    const results = await Promise.all([1, 2, 3].map(() => deliverDueEmails(smtpTransport(mail.url), 5)));
    const sent = results.reduce((sum, r) => sum + r.sent, 0);
    await deliverDueEmails(smtpTransport(mail.url), 50);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).toBeGreaterThan(0);
    const addresses = mail.received.flatMap((m) => m.to);
    expect(addresses).toHaveLength(12);
    expect(new Set(addresses).size).toBe(12);
  });

  it("retries a failed delivery later with a growing wait, then gives up", async () => {
    await queue("flaky@example.com");
    const failing = async () => {
      throw new Error("connection refused");
    };
    expect(await deliverDueEmails(failing)).toEqual({ sent: 0, failed: 1 });
    const [afterFirst] = await database.db.select().from(emailOutbox);
    expect(afterFirst!.attempts).toBe(1);
    expect(afterFirst!.lastError).toContain("connection refused");
    // Not due yet: nothing is tried again at once.
    expect(await deliverDueEmails(smtpTransport(mail.url))).toEqual({ sent: 0, failed: 0 });
    expect(afterFirst!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000);
    // Due again: the next attempt succeeds.
    await database.db.update(emailOutbox).set({ nextAttemptAt: sql`now()` });
    expect(await deliverDueEmails(smtpTransport(mail.url))).toEqual({ sent: 1, failed: 0 });

    await queue("dead@example.com");
    await database.db.update(emailOutbox).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(emailOutbox.recipient, "dead@example.com"));
    expect(await deliverDueEmails(failing)).toEqual({ sent: 0, failed: 1 });
    const [dead] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "dead@example.com"));
    expect(dead!.failedAt).not.toBeNull();
  });
});
