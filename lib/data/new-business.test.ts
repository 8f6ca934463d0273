import { NOT_FOUND } from "@/lib/errors";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { regionIdOf } from "@/lib/db/regions";
import { auditEvents, customerPartners, customers, subscriptions } from "@/lib/db/schema";
import { createSubscription } from "@/app/(app)/resellers/actions";
import { listCustomersServedThroughReseller } from "./new-business";
import { getActor } from "./actor";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

async function counts() {
  const [s] = await database.db.select({ n: count() }).from(subscriptions);
  const [c] = await database.db.select({ n: count() }).from(customers);
  const [a] = await database.db.select({ n: count() }).from(auditEvents);
  return { subscriptions: s!.n, customers: c!.n, audit: a!.n };
}

async function attempt(resellerKey: string, overrides: Record<string, unknown> = {}) {
  return createSubscription({
    resellerId: await orgId(database, resellerKey),
    customerName: "Bellows College",
    customerCountry: "NL",
    offerName: "Microsoft 365 A3",
    publisher: "first-party",
    quantity: "20",
    requestKey: randomUUID(),
    ...overrides,
  });
}

describe("a new subscription with the reseller of record", () => {
  it.each([
    ["adventure", "MPA-BEFORE-ASSOCIATION", "a reseller without the MPA"],
    ["northwind", "RESELLER-READINESS", "a reseller that is not enrolled"],
    ["proseware", "PROVIDER-RESELLER-ACTIVE", "a suspended relationship"],
    ["trey", "PROVIDER-RESELLER-ACTIVE", "an ended relationship"],
    ["tailspin", "PROVIDER-RESELLER-ACTIVE", "a reseller that has not accepted"],
  ])("refuses %s (%s: %s) and writes nothing", async (reseller, rule) => {
    await signInAs(database, "anna@contoso-distribution.example");
    const before = await counts();
    const result = await attempt(reseller);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`${rule}: `);
    expect(await counts()).toEqual(before);
  });

  it("refuses a customer in another region than the reseller (SAME-REGION-SALE)", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const result = await attempt("litware", { customerCountry: "US" });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("SAME-REGION-SALE: ") });
  });

  it("refuses another provider's reseller and customer as if they did not exist", async () => {
    await signInAs(database, "frank@fabrikam-cloud.example");
    expect(await attempt("litware")).toMatchObject({ ok: false, error: NOT_FOUND });
    await signInAs(database, "anna@contoso-distribution.example");
    const [graphic] = await database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, "Graphic Design Institute"));
    expect(await attempt("litware", { customerId: graphic!.id })).toEqual({ ok: false, error: NOT_FOUND });
  });

  it("F11: only a customer the provider serves through that reseller (or a new one) can be used; others answer not found", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const contoso = await orgId(database, "contoso");
    const litware = await orgId(database, "litware");
    // Fourth Coffee: Contoso serves it directly (no reseller on its customer_partners row).
    const [fourthCoffee] = await database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, "Fourth Coffee Roasters"));
    // A customer Contoso serves through another reseller (Northwind).
    const [viaNorthwind] = await database.db
      .insert(customers)
      .values({ name: "Served Through Northwind", country: "GB", region: regionIdOf("GB"), createdByOrganizationId: contoso })
      .returning({ id: customers.id });
    await database.db.insert(customerPartners).values({ customerId: viaNorthwind!.id, partnerOrganizationId: contoso, onBehalfOfResellerId: await orgId(database, "northwind") });
    // Blue Yonder's own customer, which Contoso does not serve at all.
    const [cpandl] = await database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, "City Power & Light"));

    const before = await counts();
    for (const customer of [fourthCoffee!, viaNorthwind!, cpandl!]) {
      expect(await attempt("litware", { customerId: customer.id, customerName: "", customerCountry: "" })).toEqual({ ok: false, error: NOT_FOUND });
    }
    expect(await counts()).toEqual(before);
    const picker = (await listCustomersServedThroughReseller((await getActor())!, litware)).map((customer) => customer.id);
    expect(picker).not.toContain(fourthCoffee!.id);
    expect(picker).not.toContain(viaNorthwind!.id);
    expect(picker).not.toContain(cpandl!.id);
  });

  it("members may not create subscriptions", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await attempt("litware")).toEqual({ ok: false, error: "You are not allowed to do this." });
  });

  it("creates a new customer on the reseller's behalf and the subscription, audited; a double submission makes one", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const before = await counts();
    const requestKey = randomUUID();
    const [first, second] = await Promise.all([attempt("litware", { requestKey }), attempt("litware", { requestKey })]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const loser = first.ok ? second : first;
    expect(loser).toMatchObject({ ok: false, error: expect.stringContaining("already submitted") });
    expect(await counts()).toEqual({ subscriptions: before.subscriptions + 1, customers: before.customers + 1, audit: before.audit + 2 });
    const [row] = await database.db.select().from(subscriptions).where(eq(subscriptions.requestKey, requestKey));
    expect(row).toMatchObject({ billingPartnerId: await orgId(database, "contoso"), resellerOfRecordId: await orgId(database, "litware"), quantity: 20 });
    const partners = await database.db.select().from(customerPartners).where(eq(customerPartners.customerId, row!.customerId));
    expect(partners).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ partnerOrganizationId: await orgId(database, "contoso"), onBehalfOfResellerId: await orgId(database, "litware") }),
        expect.objectContaining({ partnerOrganizationId: await orgId(database, "litware") }),
      ]),
    );
    const served = await listCustomersServedThroughReseller((await getActor())!, await orgId(database, "litware"));
    expect(served.map((customer) => customer.name)).toEqual(["Bellows College"]);

    // The same customer again, picked from the list: a second subscription, no new customer.
    const again = await attempt("litware", { customerId: row!.customerId, customerName: "", customerCountry: "" });
    expect(again).toMatchObject({ ok: true, data: { newCustomer: false } });
  });

  it("needs either a customer or a new customer's name and country", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const result = await attempt("litware", { customerName: "", customerCountry: "ZZ" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { customerName: expect.any(Array), customerCountry: expect.any(Array) } });
  });
});
