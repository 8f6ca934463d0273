import { NOT_FOUND } from "@/lib/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, customers, subscriptions } from "@/lib/db/schema";
import { getActor } from "@/lib/data/actor";
import { CUSTOMERS_PAGE_SIZE, getMyCustomer, listMyCustomers, TENANT_TAKEN } from "@/lib/data/partner-customers";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { addPartnerCustomer, sellCustomerSubscription } from "@/app/(app)/customers/actions";
import { discoverEndpoints } from "@/test/authorization/discover";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
});
afterAll(() => database.drop());

const actor = async (email: string) => {
  await signInAs(database, email);
  return (await getActor())!;
};
async function customerNamed(name: string) {
  const [row] = await database.db.select().from(customers).where(eq(customers.name, name));
  return row!;
}
const subscriptionsOf = async (customerId: string) => database.db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
const sale = (customerId: string, requestKey = crypto.randomUUID()) => ({ customerId, offerName: "Microsoft 365 E3", publisher: "first-party", quantity: "10", requestKey });

describe("listing my customers", () => {
  it("a direct-bill partner sees the customers it created, sells to or manages, with counts of other partners only", async () => {
    const list = await listMyCustomers(await actor("olivia@blueyonder-cloud.example"));
    expect(list.rows.map((row) => row.name)).toEqual([
      "Blue Yonder Holdings plc",
      "City Power & Light",
      "Fourth Coffee Roasters",
      "Litware Solutions (internal use)",
      "Munson's Pickles and Preserves",
    ]);
    const fourthCoffee = list.rows.find((row) => row.name === "Fourth Coffee Roasters")!;
    expect(fourthCoffee).toMatchObject({ managedByMe: true, mySubscriptions: 0, otherPartners: 2, otherManagers: 0 });
    expect(Object.keys(fourthCoffee).sort()).toEqual(["country", "id", "managedByMe", "mySubscriptions", "name", "otherManagers", "otherPartners", "region"]);
  });

  it("a reseller sees the customers it is reseller of record for, not its own internal-use customer", async () => {
    const list = await listMyCustomers(await actor("hugo@litware.example"));
    expect(list.rows.map((row) => [row.name, row.mySubscriptions])).toEqual([
      ["Fourth Coffee Roasters", 1],
      ["Margie's Travel", 1],
      ["Relecloud Retail", 1],
    ]);
  });

  it("searches by part of the name and filters to managed customers", async () => {
    const olivia = await actor("olivia@blueyonder-cloud.example");
    expect((await listMyCustomers(olivia, { q: "PICKLE" })).rows.map((row) => row.name)).toEqual(["Munson's Pickles and Preserves"]);
    expect((await listMyCustomers(olivia, { q: "100%" })).total).toBe(0);
    expect((await listMyCustomers(olivia, { managedOnly: true })).rows.map((row) => row.name)).toEqual(["Fourth Coffee Roasters"]);
  });

  it("another partner's customer id answers as not found", async () => {
    const lucerne = await customerNamed("Lucerne Publishing");
    expect(await getMyCustomer(await actor("olivia@blueyonder-cloud.example"), lucerne.id)).toBeNull();
    expect(await getMyCustomer(await actor("lea@litware.example"), lucerne.id)).toBeNull();
    expect(await getMyCustomer(await actor("anna@contoso-distribution.example"), lucerne.id)).toBeNull();
  });

  it("shows a reseller its subscriptions through each provider", async () => {
    const relecloud = await customerNamed("Relecloud Retail");
    const detail = await getMyCustomer(await actor("lea@litware.example"), relecloud.id);
    expect(detail!.subscriptions.map((s) => [s.offerName, s.billerName, s.resoldByMe])).toEqual([["Microsoft 365 E3", "Contoso Distribution B.V.", true]]);
  });
});

describe("adding a customer", () => {
  it("refuses a customer in another region with the rule and writes nothing", async () => {
    await actor("olivia@blueyonder-cloud.example");
    const result = await addPartnerCustomer({ name: "Contoso Pharmaceuticals Brasil", country: "BR" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("SAME-REGION-SALE");
    expect(await database.db.select().from(customers).where(eq(customers.name, "Contoso Pharmaceuticals Brasil"))).toHaveLength(0);
  });

  it("records a customer in the region with a new tenant, audited, and refuses a tenant already registered", async () => {
    await actor("olivia@blueyonder-cloud.example");
    const result = await addPartnerCustomer({ name: "Northwind Traders Ireland", country: "IE", tenantId: "" });
    expect(result.ok).toBe(true);
    const created = result.ok ? result.data : null;
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, created!.customerId))).toHaveLength(1);
    const taken = await addPartnerCustomer({ name: "Someone Else", country: "GB", tenantId: created!.tenantId });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { tenantId: [TENANT_TAKEN] } });
    expect(await database.db.select().from(customers).where(eq(customers.name, "Someone Else"))).toHaveLength(0);
  });

  it("pages the list on the server", async () => {
    await actor("oscar@blueyonder-cloud.example");
    for (let i = 0; i < CUSTOMERS_PAGE_SIZE; i++) {
      expect((await addPartnerCustomer({ name: `Paging Customer ${String(i).padStart(2, "0")}`, country: "GB" })).ok).toBe(true);
    }
    const olivia = await actor("olivia@blueyonder-cloud.example");
    const first = await listMyCustomers(olivia, { q: "paging" });
    expect(first).toMatchObject({ total: CUSTOMERS_PAGE_SIZE, pages: 1 });
    const all = await listMyCustomers(olivia);
    expect(all.rows).toHaveLength(CUSTOMERS_PAGE_SIZE);
    const second = await listMyCustomers(olivia, { page: 2 });
    expect(second.rows.length).toBe(all.total - CUSTOMERS_PAGE_SIZE);
    expect(second.rows.some((row) => all.rows.some((other) => other.id === row.id))).toBe(false);
  });
});

describe("selling a subscription as a direct-bill partner", () => {
  it("refuses a sale to its own affiliate with the rule, and writes nothing", async () => {
    await actor("olivia@blueyonder-cloud.example");
    const holdings = await customerNamed("Blue Yonder Holdings plc");
    const result = await sellCustomerSubscription(sale(holdings.id));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("NO-SELF-OR-AFFILIATE-SALE");
    expect(await subscriptionsOf(holdings.id)).toHaveLength(0);
  });

  it("sells to an unrelated customer once per form, billed by itself", async () => {
    await actor("olivia@blueyonder-cloud.example");
    const cpandl = await customerNamed("City Power & Light");
    const before = (await subscriptionsOf(cpandl.id)).length;
    const input = sale(cpandl.id);
    expect((await sellCustomerSubscription(input)).ok).toBe(true);
    expect(await sellCustomerSubscription(input)).toMatchObject({ ok: false, error: expect.stringContaining("already recorded") });
    const rows = await subscriptionsOf(cpandl.id);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ offerName: "Microsoft 365 E3", quantity: 10, resellerOfRecordId: null });
  });

  it("refuses a partner without the MPA and the four capabilities, and another partner's customer", async () => {
    await actor("wei@woodgrove-direct.example");
    const tasmanian = await customerNamed("Tasmanian Traders");
    const result = await sellCustomerSubscription(sale(tasmanian.id));
    expect(!result.ok && result.error).toMatch(/MPA-REQUIRED.*DIRECT-BILL-REQUIREMENTS/s);
    const cpandl = await customerNamed("City Power & Light");
    expect(await sellCustomerSubscription(sale(cpandl.id))).toEqual({ ok: false, error: NOT_FOUND });
  });

  it("a reseller cannot bill a customer itself", async () => {
    await actor("lea@litware.example");
    const margies = await customerNamed("Margie's Travel");
    expect(await sellCustomerSubscription(sale(margies.id))).toEqual({ ok: false, error: "You are not allowed to do this." });
  });
});

/** The app's own source (not tests, not the demo seed), for checking that no code path writes a grant. */
function appSource(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return full.includes(`${path.sep}seed`) ? [] : appSource(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("managing a customer's subscriptions for the customer (multi-channel)", () => {
  it("F5: a grant cannot be claimed with a customer's tenant id alone: only the customer's acceptance writes one", async () => {
    // The customer admin's revocation is the one endpoint named for grants; none records one.
    const grantEndpoints = (await discoverEndpoints()).filter((endpoint) => /grant|manag/i.test(endpoint.exportName));
    expect(grantEndpoints.map((endpoint) => endpoint.exportName).sort()).toEqual(["revokeCustomerManagementGrant", "revokeCustomerManagementGrantForm"]);
    const writers = [...appSource(path.join(process.cwd(), "app")), ...appSource(path.join(process.cwd(), "lib"))].filter((file) =>
      /\.insert\(\s*(managementRelationships|management)\s*\)/.test(readFileSync(file, "utf8")),
    );
    expect(writers.map((file) => path.relative(process.cwd(), file))).toEqual([path.join("lib", "data", "customer-consent.ts")]);
  });

  it("grants recorded before still show, read-only: the partner sees the customer's subscriptions, not who sells them", async () => {
    const olivia = await actor("olivia@blueyonder-cloud.example");
    const fourthCoffee = await customerNamed("Fourth Coffee Roasters");
    const detail = await getMyCustomer(olivia, fourthCoffee.id);
    expect(detail).toMatchObject({ managedByMe: true });
    expect(detail!.subscriptions.map((s) => [s.offerName, s.billerName])).toEqual([["Microsoft 365 Business Premium", null]]);
    expect((await listMyCustomers(olivia, { managedOnly: true })).rows.map((row) => row.name)).toContain("Fourth Coffee Roasters");
  });
});
