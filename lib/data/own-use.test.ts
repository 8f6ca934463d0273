import { NOT_FOUND } from "@/lib/actions/define-action";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, organizations, subscriptions, tenants } from "@/lib/db/schema";
import { getActor } from "@/lib/data/actor";
import { checkOwnUsePurchase, listOwnUsePurchases, listOwnUseSellers, listOwnUseTenants } from "@/lib/data/own-use";
import { buyForOurOwnUse, registerInternalTenant } from "@/app/(app)/own-use/actions";

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
async function org(partnerId: string) {
  const [row] = await database.db.select().from(organizations).where(eq(organizations.partnerId, partnerId));
  return row!;
}
const CONTOSO = "4100001", ADVENTURE = "5200003", NORTHWIND = "5200002", LITWARE = "5200004", BLUE_YONDER = "6300001";
const viaContoso = async (reseller: string) => `${(await org(reseller)).id}:${(await org(CONTOSO)).id}`;
const failing = (verdict: { findings: { outcome: string; ruleId: string }[] } | null) =>
  verdict!.findings.filter((f) => f.outcome === "fail").map((f) => f.ruleId);
const purchase = (deliverTo: string, seller: string) => ({ deliverTo, seller, offerName: "Microsoft 365 E5", quantity: "5", requestKey: crypto.randomUUID() });

describe("choices for buying for own use", () => {
  it("lists the reseller's internal-use tenants and the sellers in its region, never itself", async () => {
    const lea = await actor("lea@litware.example");
    expect((await listOwnUseTenants(lea)).map((t) => t.name)).toEqual(["Litware Solutions (internal use)"]);
    const sellers = await listOwnUseSellers(lea);
    expect(sellers.map((s) => s.label)).toEqual([
      "Blue Yonder Cloud Ltd (direct-bill partner, GB)",
      "Adventure Works Consulting B.V. (indirect reseller, NL), supplied by Contoso Distribution B.V.",
      "Northwind IT Services Ltd (indirect reseller, GB), supplied by Contoso Distribution B.V.",
    ]);
    expect((await listOwnUsePurchases(lea)).map((p) => [p.offerName, p.billerName])).toEqual([["Microsoft 365 Business Premium", "Blue Yonder Cloud Ltd"]]);
    expect(await listOwnUseTenants(await actor("olivia@blueyonder-cloud.example"))).toEqual([]);
  });
});

describe("registering an internal-use tenant", () => {
  it("refuses the CSP tenant and a tenant already registered; registers a new one", async () => {
    await actor("olivia@blueyonder-cloud.example");
    const blueYonder = await org(BLUE_YONDER);
    const csp = await registerInternalTenant({ name: "Our own tenant", tenantId: blueYonder.cspTenantId.toUpperCase() });
    expect(csp).toMatchObject({ ok: false, error: expect.stringContaining("OWN-USE-SEPARATE-TENANT") });
    const [taken] = await database.db.select({ tenantId: tenants.tenantId }).from(tenants).limit(1);
    expect(await registerInternalTenant({ name: "Taken", tenantId: taken!.tenantId })).toMatchObject({ ok: false, fieldErrors: { tenantId: ["This tenant is already registered."] } });
    const created = await registerInternalTenant({ name: "Blue Yonder internal IT", tenantId: "6f1c2a8e-3b7d-4e59-8a10-2c3d4e5f6a7b" });
    expect(created.ok).toBe(true);
    expect((await listOwnUseTenants((await getActor())!)).map((t) => t.name)).toEqual(["Blue Yonder internal IT"]);
  });
});

describe("buying for own use", () => {
  beforeAll(async () => {
    // In the demo Adventure Works has not accepted the MPA, so it cannot sell yet; here it has, to isolate each rule.
    await database.db.update(organizations).set({ mpaAcceptedOn: "2024-01-01", mpaSignerName: "Ben Smit", mpaSignerEmail: "ben@adventure-works.example" }).where(eq(organizations.partnerId, ADVENTURE));
  });

  it("a reseller buying from its own provider into its CSP tenant is refused with the three ways out, and nothing is written", async () => {
    const lea = await actor("lea@litware.example");
    const choice = { deliverTo: "csp", seller: await viaContoso(ADVENTURE) };
    const verdict = await checkOwnUsePurchase(lea, choice);
    expect(failing(verdict)).toEqual(["OWN-USE-SEPARATE-TENANT", "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER"]);
    expect(verdict!.remedies.map((r) => r.id)).toEqual(expect.arrayContaining(["option-1-separate-tenant", "option-2-switch-provider", "option-3-add-provider"]));
    const before = await database.db.select().from(subscriptions);
    const result = await buyForOurOwnUse(purchase(choice.deliverTo, choice.seller));
    expect(!result.ok && result.error).toContain("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
    expect(await database.db.select().from(subscriptions)).toHaveLength(before.length);
  });

  it("a reseller buying from its own provider into its internal-use tenant is still refused with the three ways out", async () => {
    const lea = await actor("lea@litware.example");
    const [internal] = await listOwnUseTenants(lea);
    const verdict = await checkOwnUsePurchase(lea, { deliverTo: internal!.id, seller: await viaContoso(ADVENTURE) });
    expect(failing(verdict)).toEqual(["RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER"]);
    expect(verdict!.remedies.map((r) => r.id)).toEqual(["option-1-separate-tenant", "option-2-switch-provider", "option-3-add-provider"]);
    const before = await database.db.select().from(subscriptions);
    const result = await buyForOurOwnUse(purchase(internal!.id, await viaContoso(ADVENTURE)));
    expect(!result.ok && result.error).toContain("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
    expect(await database.db.select().from(subscriptions)).toHaveLength(before.length);
  });

  it("buying from a direct-bill partner into the internal-use tenant is allowed, billed by the seller and audited", async () => {
    const lea = await actor("lea@litware.example");
    const [internal] = await listOwnUseTenants(lea);
    const seller = (await org(BLUE_YONDER)).id;
    expect((await checkOwnUsePurchase(lea, { deliverTo: internal!.id, seller }))!.allowed).toBe(true);
    const result = await buyForOurOwnUse(purchase(internal!.id, seller));
    expect(result.ok).toBe(true);
    const [row] = await database.db.select().from(subscriptions).where(eq(subscriptions.id, result.ok ? result.data.subscriptionId : ""));
    expect(row).toMatchObject({ billingPartnerId: seller, resellerOfRecordId: null, tenantId: internal!.id });
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, row!.id));
    expect(event!.subjectOrganizationIds).toEqual(expect.arrayContaining([(await org(LITWARE)).id, seller]));
  });

  it("refuses itself and an affiliate as seller", async () => {
    const lea = await actor("lea@litware.example");
    const [internal] = await listOwnUseTenants(lea);
    const self = await checkOwnUsePurchase(lea, { deliverTo: internal!.id, seller: await viaContoso(LITWARE) });
    expect(failing(self)).toContain("NO-SELF-OR-AFFILIATE-SALE");
    expect((await buyForOurOwnUse(purchase(internal!.id, await viaContoso(LITWARE)))).ok).toBe(false);

    await database.db.update(organizations).set({ affiliationGroup: "litware-group" }).where(eq(organizations.partnerId, NORTHWIND));
    const affiliate = await buyForOurOwnUse(purchase(internal!.id, await viaContoso(NORTHWIND)));
    expect(!affiliate.ok && affiliate.error).toContain("NO-SELF-OR-AFFILIATE-SALE");
    await database.db.update(organizations).set({ affiliationGroup: null }).where(eq(organizations.partnerId, NORTHWIND));
  });

  it("another organization's tenant or an invented seller pairing is not on offer", async () => {
    await actor("olivia@blueyonder-cloud.example");
    const [oliviasTenant] = await listOwnUseTenants((await getActor())!);
    await actor("lea@litware.example");
    expect(await buyForOurOwnUse(purchase(oliviasTenant!.id, (await org(BLUE_YONDER)).id))).toEqual({ ok: false, error: NOT_FOUND });
    const [internal] = await listOwnUseTenants((await getActor())!);
    // Proseware's relationship with Contoso is suspended, so Contoso does not supply it.
    const suspended = `${(await org("5200005")).id}:${(await org(CONTOSO)).id}`;
    expect(await buyForOurOwnUse(purchase(internal!.id, suspended))).toEqual({ ok: false, error: "Choose a seller and an internal-use tenant from the lists." });
  });

  it("providers and direct-bill partners go through the same flow", async () => {
    await actor("anna@contoso-distribution.example");
    expect((await registerInternalTenant({ name: "Contoso internal", tenantId: "7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d" })).ok).toBe(true);
    const [contosoTenant] = await listOwnUseTenants((await getActor())!);
    const bought = await buyForOurOwnUse(purchase(contosoTenant!.id, (await org(BLUE_YONDER)).id));
    expect(bought.ok).toBe(true);

    await actor("olivia@blueyonder-cloud.example");
    const [blueYonderTenant] = await listOwnUseTenants((await getActor())!);
    const fromReseller = await buyForOurOwnUse(purchase(blueYonderTenant!.id, await viaContoso(ADVENTURE)));
    expect(fromReseller.ok).toBe(true);
  });
});
