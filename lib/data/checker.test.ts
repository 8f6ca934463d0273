import { NOT_FOUND } from "@/lib/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, customers, organizations } from "@/lib/db/schema";
import { getActor } from "@/lib/data/actor";
import { loadCheckCounterparty } from "@/app/check/actions";
import { getCheckerContext } from "./checker";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "test-password");
});
afterAll(() => database.drop());

async function customerId(name: string) {
  const [row] = await database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, name));
  return row!.id;
}
async function organizationId(partnerId: string) {
  const [row] = await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, partnerId));
  return row!.id;
}
async function auditCount() {
  const [row] = await database.db.select({ n: count() }).from(auditEvents);
  return row!.n;
}

describe("the checker's view of a signed-in partner", () => {
  it("gives a reseller its own facts and only its own customers and providers to pick", async () => {
    await signInAs(database, "lea@litware.example");
    const context = await getCheckerContext((await getActor())!);
    expect(context?.me).toMatchObject({ type: "indirect-reseller", country: "FR", onboarded: true, enrolled: true, mpaAcceptedOn: "2021-02-01" });
    expect(context?.options.map((option) => option.name)).toEqual([
      "Fourth Coffee Roasters",
      "Margie's Travel",
      "Relecloud Retail",
      "Contoso Distribution B.V.",
    ]);
    expect(context?.options.at(-1)).toMatchObject({ kind: "partner", partnerType: "indirect-provider", relationship: "active" });
  });

  it("gives a provider its resellers with each relationship's status", async () => {
    await signInAs(database, "frank@fabrikam-cloud.example");
    const context = await getCheckerContext((await getActor())!);
    const partners = context?.options.filter((option) => option.kind === "partner");
    expect(partners?.map((option) => [option.name, option.relationship])).toEqual([
      ["Alpine Ski House Tech Inc.", "termination-requested"],
      ["Humongous IT Services LLC", "active"],
    ]);
  });

  it("has nothing for program support", async () => {
    await signInAs(database, "sam@program-support.example");
    expect(await getCheckerContext((await getActor())!)).toBeNull();
  });
});

describe("loading a counterparty's facts", () => {
  it("returns a customer the reseller serves, counting the other partners involved, and writes nothing", async () => {
    await signInAs(database, "lea@litware.example");
    const before = await auditCount();
    const result = await loadCheckCounterparty({ kind: "customer", id: await customerId("Fourth Coffee Roasters") });
    // Contoso bills it and Blue Yonder manages it: two partners besides Litware.
    expect(result).toEqual({ ok: true, data: { kind: "customer", id: expect.any(String), name: "Fourth Coffee Roasters", country: "NL", otherPartners: 2, affiliation: "none" } });
    expect(await auditCount()).toBe(before);
  });

  it("returns the reseller's provider with the relationship status", async () => {
    await signInAs(database, "lea@litware.example");
    const result = await loadCheckCounterparty({ kind: "partner", id: await organizationId("4100001") });
    expect(result).toMatchObject({
      ok: true,
      data: { kind: "partner", name: "Contoso Distribution B.V.", relationship: "active", affiliation: "none", partner: { type: "indirect-provider", country: "NL", mpaAcceptedOn: "2019-11-20" } },
    });
  });

  it("knows an affiliate customer", async () => {
    await signInAs(database, "olivia@blueyonder-cloud.example");
    const result = await loadCheckCounterparty({ kind: "customer", id: await customerId("Blue Yonder Holdings plc") });
    expect(result).toMatchObject({ ok: true, data: { affiliation: "same-affiliation-group", country: "GB" } });
  });

  it("answers 'not found' for another organization's customer or partner, exactly as for a missing id", async () => {
    await signInAs(database, "lea@litware.example");
    const notFound = { ok: false, error: NOT_FOUND };
    expect(await loadCheckCounterparty({ kind: "customer", id: await customerId("Graphic Design Institute") })).toEqual(notFound);
    expect(await loadCheckCounterparty({ kind: "customer", id: "00000000-0000-4000-8000-000000000000" })).toEqual(notFound);
    // Fabrikam is a provider, but not Litware's; Blue Yonder's id is not a customer id.
    expect(await loadCheckCounterparty({ kind: "partner", id: await organizationId("4100002") })).toEqual(notFound);
    expect(await loadCheckCounterparty({ kind: "customer", id: await organizationId("6300001") })).toEqual(notFound);
  });

  it("refuses program support, anonymous callers and malformed ids", async () => {
    await signInAs(database, "sam@program-support.example");
    expect(await loadCheckCounterparty({ kind: "customer", id: await customerId("Margie's Travel") })).toEqual({ ok: false, error: "You are not allowed to do this." });
    signOutOfTests();
    expect(await loadCheckCounterparty({ kind: "customer", id: await customerId("Margie's Travel") })).toEqual({ ok: false, error: "Your session has ended. Sign in again." });
    await signInAs(database, "lea@litware.example");
    expect(await loadCheckCounterparty({ kind: "organization", id: "1; drop table customers" })).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(Array), id: ["Pick a counterparty from the list."] } });
  });
});
