import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { notificationPreferences, notifications, users } from "@/lib/db/schema";
import { NOT_FOUND } from "@/lib/errors";
import { markAllRead, markRead } from "@/app/(app)/notifications/actions";
import { saveNotificationPreferences } from "@/app/(app)/settings/notifications/actions";
import { BELL_COUNT_CAP, countOwnUnreadNotifications, getActor } from "./actor";
import { countUnreadNotifications, getOwnNotificationPreferences, listOwnNotifications, NOTIFICATIONS_PAGE_SIZE } from "./notifications";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let lea: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, "lea@litware.example"));
  lea = row!.id;
  // 25 notifications a minute apart: number 25 is the newest.
  await database.db.insert(notifications).values(
    Array.from({ length: 25 }, (_, i) => ({
      userId: lea,
      kind: "mpa.signed",
      title: `Notification ${i + 1}`,
      body: "x",
      href: "/status",
      createdAt: new Date(Date.UTC(2026, 10, 1, 12, i)),
    })),
  );
});
afterAll(() => database.drop());

const actor = async (email: string) => {
  await signInAs(database, email);
  return (await getActor())!;
};

describe("the notifications page", () => {
  it("lists one's own notifications newest first, a page at a time, with the unread count", async () => {
    const me = await actor("lea@litware.example");
    const first = await listOwnNotifications(me, 1);
    expect(first).toMatchObject({ total: 25, unread: 25, pages: 2 });
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.items[0]!.title).toBe("Notification 25");
    const second = await listOwnNotifications(me, 2);
    expect(second.items.map((item) => item.title)).toEqual(["Notification 5", "Notification 4", "Notification 3", "Notification 2", "Notification 1"]);
    expect(await countUnreadNotifications(me)).toBe(25);
    expect(await countUnreadNotifications(await actor("hugo@litware.example"))).toBe(0);
  });

  it("marks one read; someone else's notification answers like a missing one and stays unread", async () => {
    const me = await actor("lea@litware.example");
    const newest = (await listOwnNotifications(me, 1)).items[0]!;
    await signInAs(database, "hugo@litware.example");
    expect(await markRead({ notificationId: newest.id })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await markRead({ notificationId: "00000000-0000-4000-8000-00000000dead" })).toEqual({ ok: false, error: NOT_FOUND });
    await signInAs(database, "lea@litware.example");
    expect(await markRead({ notificationId: newest.id })).toMatchObject({ ok: true, data: { href: "/status" } });
    expect(await markRead({ notificationId: "not-an-id" })).toMatchObject({ ok: false });
    expect(await countUnreadNotifications(me)).toBe(24);
    expect((await listOwnNotifications(me, 1)).items[0]).toMatchObject({ id: newest.id, read: true });
  });

  it("marks all of one's own read, nobody else's", async () => {
    const hugo = await actor("hugo@litware.example");
    await database.db.insert(notifications).values({ userId: hugo.userId, kind: "mpa.signed", title: "For Hugo", body: "x", href: "/status" });
    await signInAs(database, "lea@litware.example");
    expect(await markAllRead({})).toEqual({ ok: true, data: { marked: 24 } });
    expect(await countUnreadNotifications(await actor("lea@litware.example"))).toBe(0);
    expect(await countUnreadNotifications(hugo)).toBe(1);
  });
});

describe("notification preferences", () => {
  it("lists the kinds the user can receive, with defaults: what one must act on by email", async () => {
    const provider = await getOwnNotificationPreferences(await actor("anna@contoso-distribution.example"));
    expect(provider.map((p) => p.kind)).toContain("invitation.accepted");
    expect(provider.map((p) => p.kind)).not.toContain("invitation.received");
    expect(provider.map((p) => p.kind)).not.toContain("support.termination-requested");
    expect(provider.find((p) => p.kind === "termination.requested")).toMatchObject({ delivery: "email", isDefault: true });
    expect(provider.find((p) => p.kind === "invitation.accepted")).toMatchObject({ delivery: "in-app" });
    const support = await getOwnNotificationPreferences(await actor("sam@program-support.example"));
    expect(support.map((p) => p.kind).sort()).toEqual(["security.sessions-ended", "support.onboarding-submitted", "support.termination-requested"]);
  });

  it("saves one's own choices, audited; kinds one cannot receive and unknown values are refused or ignored", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const saved = await saveNotificationPreferences({ "kind:invitation.accepted": "email", "kind:mpa.signed": "off", "kind:support.onboarding-submitted": "off" });
    expect(saved).toEqual({ ok: true, data: { changed: 2 } });
    const me = await actor("anna@contoso-distribution.example");
    const rows = await database.db.select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery }).from(notificationPreferences).where(eq(notificationPreferences.userId, me.userId));
    expect(rows.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "invitation.accepted", delivery: "email" },
      { kind: "mpa.signed", delivery: "off" },
    ]);
    const refused = await saveNotificationPreferences({ "kind:mpa.signed": "loud" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { "kind:mpa.signed": ["Choose in the app only, by email too, or off."] } });
  });
});

describe("the bell's count", () => {
  it("counts one's unread notifications exactly up to the cap, and stops there however many more there are", async () => {
    const sam = await actor("sam@program-support.example");
    const insert = (count: number, from: number) =>
      database.db.insert(notifications).values(Array.from({ length: count }, (_, i) => ({ userId: sam.userId, kind: "mpa.signed", title: `Bell ${from + i}`, body: "x", href: "/status" })));
    const before = await countOwnUnreadNotifications();
    expect(before).toBeLessThan(BELL_COUNT_CAP - 3);
    await insert(3, 0);
    expect(await countOwnUnreadNotifications()).toBe(before + 3);
    await insert(BELL_COUNT_CAP + 150, 3);
    expect(await countOwnUnreadNotifications()).toBe(BELL_COUNT_CAP);
    // The notifications page still tells the exact number.
    expect(await countUnreadNotifications(sam)).toBe(before + BELL_COUNT_CAP + 153);
  });
});
