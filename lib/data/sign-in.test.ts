import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { signInThrottles } from "@/lib/db/schema";
import { checkCredentials, FREE_FAILURES } from "./sign-in";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "right-password");
});
afterAll(() => database.drop());

describe("checking credentials", () => {
  it("accepts the right password, case-insensitive email, and returns no password hash", async () => {
    const user = await checkCredentials("Lea@Litware.example", "right-password", "10.0.0.1");
    expect(user).toMatchObject({ email: "lea@litware.example", name: "Léa Martin" });
    expect(Object.keys(user!)).toEqual(["id", "email", "name", "sessionVersion", "twoFactor"]);
  });

  it("answers a wrong password and an unknown email alike", async () => {
    expect(await checkCredentials("hugo@litware.example", "wrong", "10.0.0.2")).toBeNull();
    expect(await checkCredentials("nobody@litware.example", "wrong", "10.0.0.2")).toBeNull();
  });

  it("pauses an account after repeated failures, even for the right password, with the state in the database", async () => {
    const email = "olivia@blueyonder-cloud.example";
    for (let i = 0; i <= FREE_FAILURES.account; i++) await checkCredentials(email, "wrong", `10.1.0.${i}`);
    const [row] = await database.db.select().from(signInThrottles).where(eq(signInThrottles.key, `account:${email}`));
    expect(row?.failures).toBe(FREE_FAILURES.account + 1);
    expect(row?.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await checkCredentials(email, "right-password", "10.2.0.1")).toBeNull();
  });

  it("does not pause other accounts", async () => {
    expect(await checkCredentials("oscar@blueyonder-cloud.example", "right-password", "10.2.0.1")).not.toBeNull();
  });
});
