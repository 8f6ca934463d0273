import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { orgId } from "@/test/demo-ids";
import { startMailServer, type MailServer } from "@/test/mail";
import { deliverTo } from "@/test/deliver";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { emailOutbox, notificationPreferences, notifications, users } from "@/lib/db/schema";
import { notify } from "./notify";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

async function userId(email: string) {
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function inbox(email: string) {
  return database.db
    .select({ kind: notifications.kind, title: notifications.title, href: notifications.href })
    .from(notifications)
    .where(eq(notifications.userId, await userId(email)));
}

describe("notify", () => {
  it("writes one in-app row per member of the organization and emails those whose kind defaults to email", async () => {
    const litware = await orgId(database, "litware");
    const result = await database.db.transaction((tx) =>
      notify(tx, {
        kind: "invitation.received",
        to: { organizationId: litware },
        title: "Contoso invites you",
        body: "Contoso Distribution B.V. invited Litware to resell through them.",
        href: "/providers",
      }),
    );
    expect(result).toEqual({ notified: 2, emailed: 2 });
    expect(await inbox("lea@litware.example")).toEqual([{ kind: "invitation.received", title: "Contoso invites you", href: "/providers" }]);
    expect(await inbox("hugo@litware.example")).toHaveLength(1);
    expect(await inbox("anna@contoso-distribution.example")).toHaveLength(0);
    await deliverTo(mail);
    const received = await mail.waitFor((m) => m.to.includes("lea@litware.example"));
    expect(received.subject).toBe("Contoso invites you");
    expect(received.text).toContain("Contoso Distribution B.V. invited Litware");
    expect(received.text).toMatch(/https?:\/\/\S+\/providers/);
    expect(mail.to("anna@contoso-distribution.example")).toHaveLength(0);
  });

  it("filters by role, and an in-app-only kind queues no email", async () => {
    const contoso = await orgId(database, "contoso");
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
    const result = await database.db.transaction((tx) =>
      notify(tx, { kind: "invitation.accepted", to: { organizationId: contoso, roles: ["admin"] }, title: "Accepted", body: "Litware accepted.", href: "/resellers" }),
    );
    expect(result).toEqual({ notified: 1, emailed: 0 });
    expect(await inbox("mark@contoso-distribution.example")).toHaveLength(0);
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("follows each user's preference: off sends nothing, email too sends mail for an in-app kind", async () => {
    const hugo = await userId("hugo@litware.example");
    const lea = await userId("lea@litware.example");
    await database.db.insert(notificationPreferences).values([
      { userId: hugo, kind: "mpa.signed", delivery: "off" },
      { userId: lea, kind: "mpa.signed", delivery: "email" },
    ]);
    const result = await database.db.transaction((tx) =>
      notify(tx, { kind: "mpa.signed", to: { userIds: [hugo, lea] }, title: "Signed", body: "x", href: "/status" }),
    );
    expect(result).toEqual({ notified: 1, emailed: 1 });
    expect((await inbox("hugo@litware.example")).filter((n) => n.kind === "mpa.signed")).toHaveLength(0);
  });

  it("reaches program support, and nothing when the change rolls back", async () => {
    await database.db
      .transaction(async (tx) => {
        await notify(tx, { kind: "support.onboarding-submitted", to: { programSupport: true }, title: "Verify", body: "x", href: "/support" });
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await inbox("sam@program-support.example")).toHaveLength(0);
    const result = await database.db.transaction((tx) =>
      notify(tx, { kind: "support.onboarding-submitted", to: { programSupport: true }, title: "Verify", body: "x", href: "/support" }),
    );
    expect(result.notified).toBeGreaterThanOrEqual(1);
    expect(await inbox("sam@program-support.example")).toHaveLength(1);
  });

  it("refuses a link outside the app", async () => {
    await expect(
      database.db.transaction((tx) => notify(tx, { kind: "mpa.signed", to: { userIds: [] }, title: "x", body: "x", href: "//evil.example" })),
    ).rejects.toThrow(/inside the app/);
  });
});
