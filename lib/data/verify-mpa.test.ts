import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { verifyPartnerIds } from "@/app/(app)/resellers/actions";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import { describeMpaCheck } from "@/lib/rules";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

describe("verifying resellers' MPA by Partner ID", () => {
  it("gives each line its status and Partner Center code; malformed lines are reported, not fatal", async () => {
    await signInAs(database, "mark@contoso-distribution.example"); // members may verify: it only reads
    const result = await verifyPartnerIds({ lines: ["5200004", "9999999", "5200006", "5200001", "5200002", "5200003", " 12a4567 ", "123", "5200004"], firstLine: 11 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = result.data.map((row) => (row.ok ? [row.line, row.status, describeMpaCheck(row.partnerId, row).code ?? null] : [row.line, "malformed", row.error]));
    expect(summary).toEqual([
      [11, "mpa-accepted", null],
      [12, "unknown-partner-id", 2200],
      [13, "other-region", 2201],
      [14, "not-onboarded", null],
      [15, "not-enrolled", 2204],
      [16, "mpa-not-accepted", 2203],
      [17, "malformed", "A Partner ID has digits only."],
      [18, "malformed", "A Partner ID has 6 to 10 digits."],
      [19, "mpa-accepted", null],
    ]);
  });

  it("never reveals the name of a partner the provider has no relationship with", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const result = await verifyPartnerIds({ lines: ["5200008", "6300001"] }); // a Fabrikam reseller and a direct-bill partner
    expect(result.ok).toBe(true);
    const text = JSON.stringify(result);
    expect(text).not.toContain("Humongous");
    expect(text).not.toContain("Blue Yonder");
  });

  it("refuses non-providers and chunks over 500 lines", async () => {
    await signInAs(database, "lea@litware.example");
    expect(await verifyPartnerIds({ lines: ["5200004"] })).toEqual({ ok: false, error: "You are not allowed to do this." });
    await signInAs(database, "anna@contoso-distribution.example");
    expect((await verifyPartnerIds({ lines: Array(501).fill("5200004") })).ok).toBe(false);
  });
});

describe("ready for this provider, and its own resellers by name (dead end 4)", () => {
  it("a suspended or terminated relationship is not ready; its own resellers are named, others are not", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const result = await verifyPartnerIds({ lines: ["5200004", "5200005", "5200007", "5200008"] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = result.data.map((row) => (row.ok ? [row.partnerId, row.status, describeMpaCheck(row.partnerId, row).ok, row.name ?? null] : null));
    expect(rows).toEqual([
      ["5200004", "mpa-accepted", true, "Litware Solutions SARL"],
      ["5200005", "relationship-not-active", false, "Proseware Partners AB"],
      ["5200007", "relationship-not-active", false, "Trey Research Oy"],
      ["5200008", "other-region", false, null],
    ]);
  });

  it("answers in the page's language: a Dutch user reads the refusals in Dutch, and the checks carry no words (the page words them)", async () => {
    const userId = await signInAs(database, "anna@contoso-distribution.example");
    await database.db.update(users).set({ locale: "nl" }).where(eq(users.id, userId));
    try {
      const result = await verifyPartnerIds({ lines: ["9999999", "52OOOO4", "5200006"] });
      expect(result.ok && result.data).toEqual([
        { line: 1, ok: true, partnerId: "9999999", status: "unknown-partner-id" },
        { line: 2, ok: false, error: "Een Partner-ID bestaat alleen uit cijfers: de letter O is geen nul." },
        { line: 3, ok: true, partnerId: "5200006", status: "other-region", country: "BR" },
      ]);
      if (!result.ok) return;
      const [unknown, , otherRegion] = result.data;
      expect(unknown!.ok && describeMpaCheck(unknown!.partnerId, unknown!, "nl").explanation).toBe("Geen enkele partner heeft deze Partner-ID. Controleer de cijfers met de wederverkoper.");
      expect(otherRegion!.ok && describeMpaCheck(otherRegion!.partnerId, otherRegion!, "nl").explanation).toContain("BR (regio");
    } finally {
      await database.db.update(users).set({ locale: null }).where(eq(users.id, userId));
    }
  });

  it("a letter O in a Partner ID is named as such", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const result = await verifyPartnerIds({ lines: ["52OOOO4"] });
    expect(result.ok && result.data[0]).toMatchObject({ ok: false, error: "A Partner ID has digits only: the letter O is not a zero." });
  });
});
