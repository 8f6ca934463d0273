import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, users } from "@/lib/db/schema";
import { changeDisplayName } from "@/app/(app)/settings/actions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "test-password");
});
afterAll(() => database.drop());

async function nameOf(email: string) {
  const [row] = await database.db.select({ name: users.name }).from(users).where(eq(users.email, email));
  return row?.name;
}

describe("changing one's display name", () => {
  it("renames only the signed-in user and records an audit event", async () => {
    const userId = await signInAs(database, "lea@litware.example");
    const result = await changeDisplayName({ name: "  Léa M.  " });
    expect(result).toEqual({ ok: true, data: { name: "Léa M." } });
    expect(await nameOf("lea@litware.example")).toBe("Léa M.");
    expect(await nameOf("hugo@litware.example")).toBe("Hugo Bernard");
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, userId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.renamed", before: { name: "Léa Martin" }, after: { name: "Léa M." } });
  });

  it("refuses an empty or over-long name with a field message and changes nothing", async () => {
    await signInAs(database, "hugo@litware.example");
    const empty = await changeDisplayName({ name: "   " });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { name: ["Enter a name."] } });
    const long = await changeDisplayName({ name: "x".repeat(101) });
    expect(long.ok).toBe(false);
    expect(await nameOf("hugo@litware.example")).toBe("Hugo Bernard");
  });

  it("refuses anonymous callers", async () => {
    signOutOfTests();
    const result = await changeDisplayName({ name: "Mallory" });
    expect(result).toEqual({ ok: false, error: "Your session has ended. Sign in again." });
  });
});
