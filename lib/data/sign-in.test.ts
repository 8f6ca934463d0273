import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { signInThrottles } from "@/lib/db/schema";
import { checkCredentials, clientAddressOf, FREE_FAILURES } from "./sign-in";

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

describe("telling nobody which emails exist", () => {
  async function medianMs(run: () => Promise<unknown>, times = 7): Promise<number> {
    const samples: number[] = [];
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
  }

  it("takes about as long for an unknown email as for a wrong password (both verify an argon2 hash)", async () => {
    await checkCredentials("warm@up.example", "x", "10.3.0.1");
    let i = 0;
    const known = await medianMs(() => checkCredentials("ben@adventure-works.example", `wrong-${i++}`, `10.4.0.${i}`));
    const unknown = await medianMs(() => checkCredentials(`nobody${i++}@adventure-works.example`, "wrong", `10.5.0.${i}`));
    expect(Math.abs(known - unknown)).toBeLessThan(Math.max(known, unknown) * 0.5 + 5);
  });
});

describe("per client address", () => {
  it("pauses an address after many failures across accounts, other addresses unaffected", async () => {
    const address = "10.77.0.1";
    for (let i = 0; i <= FREE_FAILURES.client; i++) await checkCredentials(`guess${i}@example.com`, "wrong", address);
    expect(await checkCredentials("nina@northwind-it.example", "right-password", address)).toBeNull();
    expect(await checkCredentials("nina@northwind-it.example", "right-password", "10.77.0.2")).not.toBeNull();
  });

  it("takes the last X-Forwarded-For entry (the one the nearest proxy wrote), not what the client claims", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddressOf(new Headers())).toBe("local");
  });
});
