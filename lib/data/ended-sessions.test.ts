import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { users } from "@/lib/db/schema";
import { loadActor } from "./actor";
import { endSession } from "./ended-sessions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
});
afterAll(() => database.drop());

describe("signing out", () => {
  it("ends that browser's session for good, and only that one", async () => {
    const [user] = await database.db.select().from(users).where(eq(users.email, "lea@litware.example"));
    const thisBrowser = crypto.randomUUID();
    const otherBrowser = crypto.randomUUID();
    expect(await loadActor(user!.id, user!.sessionVersion, thisBrowser)).not.toBeNull();
    await endSession(user!.id, thisBrowser);
    await endSession(user!.id, thisBrowser); // a second sign-out of the same session is harmless
    // A renewed copy of the ended session's cookie is worth nothing now.
    expect(await loadActor(user!.id, user!.sessionVersion, thisBrowser)).toBeNull();
    expect(await loadActor(user!.id, user!.sessionVersion, otherBrowser)).not.toBeNull();
  });
});
