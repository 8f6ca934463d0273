import { NOT_FOUND } from "@/lib/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, customerPartners, orderRequests, organizations, subscriptions, tenants } from "@/lib/db/schema";
import { getActor } from "@/lib/data/actor";
import {
  checkOwnUsePurchase,
  findOwnUseSellers,
  listIncomingOrderRequests,
  listOwnUseOrderRequests,
  listOwnUsePurchases,
  listOwnUseTenants,
  SELLER_SEARCH_LIMIT,
} from "@/lib/data/own-use";
import { registerInternalTenant, requestOwnUsePurchase, withdrawOwnUseOrderRequest } from "@/app/(app)/own-use/actions";
import { acceptOwnUseOrderRequest, declineOwnUseOrderRequest } from "@/app/(app)/own-use/requests/actions";
import { NOT_ALLOWED } from "@/lib/errors";
import { deliverDueEmails } from "@/lib/email/deliver";
import { smtpTransport } from "@/lib/email/transport";
import { startMailServer, type MailServer } from "@/test/mail";
import { regionIdOf } from "@/lib/db/regions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

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
  it("lists the reseller's internal-use tenants and its purchases", async () => {
    const lea = await actor("lea@litware.example");
    expect((await listOwnUseTenants(lea)).map((t) => t.name)).toEqual(["Litware Solutions (internal use)"]);
    expect((await listOwnUsePurchases(lea)).map((p) => [p.offerName, p.billerName])).toEqual([["Microsoft 365 Business Premium", "Blue Yonder Cloud Ltd"]]);
    expect(await listOwnUseTenants(await actor("olivia@blueyonder-cloud.example"))).toEqual([]);
  });

  it("F3: the seller picker lists no one without a query, finds one by exact Partner ID, and answers at most 20 to a name search", async () => {
    const lea = await actor("lea@litware.example");
    expect(await findOwnUseSellers(lea, "")).toEqual([]);
    expect(await findOwnUseSellers(lea, "   ")).toEqual([]);
    expect(await findOwnUseSellers(lea, undefined)).toEqual([]);

    const byPartnerId = await findOwnUseSellers(lea, ADVENTURE);
    expect(byPartnerId).toEqual([
      { id: (await org(ADVENTURE)).id, name: "Adventure Works Consulting B.V.", partnerType: "indirect-reseller", country: "NL", providers: [{ id: (await org(CONTOSO)).id, name: "Contoso Distribution B.V." }] },
    ]);
    // Only what is needed to pick: no Partner ID, tenant or readiness details.
    expect(Object.keys(byPartnerId[0]!).sort()).toEqual(["country", "id", "name", "partnerType", "providers"]);
    // Never itself.
    expect(await findOwnUseSellers(lea, LITWARE)).toEqual([]);

    // 25 direct-bill partners in the region share a name: a search answers 20 of them.
    await database.db.insert(organizations).values(
      Array.from({ length: 25 }, (_, n) => ({
        partnerType: "direct-bill" as const,
        legalName: `Searchable Cloud ${String(n).padStart(2, "0")} SAS`,
        partnerId: `79900${String(n).padStart(2, "0")}`,
        country: "FR",
        region: regionIdOf("FR"),
        cspTenantId: `00000000-0000-4000-8000-0000000007${String(n).padStart(2, "0")}`,
      })),
    );
    const many = await findOwnUseSellers(lea, "searchable cloud");
    expect(many).toHaveLength(SELLER_SEARCH_LIMIT);
    expect(SELLER_SEARCH_LIMIT).toBe(20);
    expect(await findOwnUseSellers(lea, "Searchable Cloud 24")).toHaveLength(1);
    // LIKE wildcards are searched for literally, not used to list everyone.
    expect(await findOwnUseSellers(lea, "%")).toEqual([]);
    expect(await findOwnUseSellers(lea, "_")).toEqual([]);
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

describe("requesting to buy for own use: the rules are asked before anything is sent", () => {
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
    const result = await requestOwnUsePurchase(purchase(choice.deliverTo, choice.seller));
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
    const result = await requestOwnUsePurchase(purchase(internal!.id, await viaContoso(ADVENTURE)));
    expect(!result.ok && result.error).toContain("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
    expect(await database.db.select().from(subscriptions)).toHaveLength(before.length);
  });

  it("refuses itself and an affiliate as seller", async () => {
    const lea = await actor("lea@litware.example");
    const [internal] = await listOwnUseTenants(lea);
    const self = await checkOwnUsePurchase(lea, { deliverTo: internal!.id, seller: await viaContoso(LITWARE) });
    expect(failing(self)).toContain("NO-SELF-OR-AFFILIATE-SALE");
    expect((await requestOwnUsePurchase(purchase(internal!.id, await viaContoso(LITWARE)))).ok).toBe(false);

    await database.db.update(organizations).set({ affiliationGroup: "litware-group" }).where(eq(organizations.partnerId, NORTHWIND));
    const affiliate = await requestOwnUsePurchase(purchase(internal!.id, await viaContoso(NORTHWIND)));
    expect(!affiliate.ok && affiliate.error).toContain("NO-SELF-OR-AFFILIATE-SALE");
    await database.db.update(organizations).set({ affiliationGroup: null }).where(eq(organizations.partnerId, NORTHWIND));
  });

  it("another organization's tenant or an invented seller pairing is not on offer", async () => {
    await actor("olivia@blueyonder-cloud.example");
    const [oliviasTenant] = await listOwnUseTenants((await getActor())!);
    await actor("lea@litware.example");
    expect(await requestOwnUsePurchase(purchase(oliviasTenant!.id, (await org(BLUE_YONDER)).id))).toEqual({ ok: false, error: NOT_FOUND });
    const [internal] = await listOwnUseTenants((await getActor())!);
    // Proseware's relationship with Contoso is suspended, so Contoso does not supply it.
    const suspended = `${(await org("5200005")).id}:${(await org(CONTOSO)).id}`;
    expect(await requestOwnUsePurchase(purchase(internal!.id, suspended))).toEqual({ ok: false, error: "Choose a seller and an internal-use tenant from the lists." });
  });
});

async function books() {
  const [subs] = await database.db.select({ n: count() }).from(subscriptions);
  const [partners] = await database.db.select({ n: count() }).from(customerPartners);
  return { subscriptions: subs!.n, customerPartners: partners!.n };
}
const requestRow = async (id: string) => (await database.db.select().from(orderRequests).where(eq(orderRequests.id, id)))[0]!;
const requestIdOf = (result: Awaited<ReturnType<typeof requestOwnUsePurchase>>) => {
  if (!result.ok) throw new Error(`request refused: ${result.error}`);
  return result.data.requestId;
};
const deliver = () => deliverDueEmails(smtpTransport(mail.url), 50);

describe("F4: buying for own use is an order request the seller accepts or declines", () => {
  async function leaRequestsFromBlueYonder(offerName = "Microsoft 365 E5") {
    const lea = await actor("lea@litware.example");
    const [internal] = await listOwnUseTenants(lea);
    return requestIdOf(await requestOwnUsePurchase({ ...purchase(internal!.id, (await org(BLUE_YONDER)).id), offerName }));
  }

  it("F4: a request writes nothing in the seller's books and mails its admins; only the seller's admin's acceptance creates the subscription", async () => {
    const before = await books();
    const requestId = await leaRequestsFromBlueYonder("Microsoft 365 E5 (F4 accept)");
    expect(await books()).toEqual(before);
    expect(await requestRow(requestId)).toMatchObject({ status: "pending", subscriptionId: null, buyerOrganizationId: (await org(LITWARE)).id, sellerOrganizationId: (await org(BLUE_YONDER)).id });
    const [created] = await database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, requestId), eq(auditEvents.action, "order-request.created")));
    expect(created!.subjectOrganizationIds).toEqual(expect.arrayContaining([(await org(LITWARE)).id, (await org(BLUE_YONDER)).id]));

    await deliver();
    const notice = await mail.waitFor((m) => m.to.includes("olivia@blueyonder-cloud.example") && m.subject.includes("Microsoft 365 E5 (F4 accept)"));
    expect(notice.subject).toContain("Litware Solutions SARL");
    expect(notice.text).toMatch(/https?:\/\/\S+\/own-use\/requests/);
    expect(mail.to("oscar@blueyonder-cloud.example").some((m) => m.subject.includes("F4 accept"))).toBe(false);

    // The seller sees it; its member may not decide; another direct-bill partner's admin gets "not found".
    const olivia = await actor("olivia@blueyonder-cloud.example");
    expect((await listIncomingOrderRequests(olivia)).find((r) => r.id === requestId)).toMatchObject({ status: "pending", buyerName: "Litware Solutions SARL" });
    await actor("oscar@blueyonder-cloud.example");
    expect(await acceptOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: NOT_ALLOWED });
    await actor("wei@woodgrove-direct.example");
    expect(await acceptOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await acceptOwnUseOrderRequest({ requestId: "00000000-0000-4000-8000-00000000dead" })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await declineOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await books()).toEqual(before);

    await actor("olivia@blueyonder-cloud.example");
    const accepted = await acceptOwnUseOrderRequest({ requestId });
    expect(accepted.ok).toBe(true);
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "accepted", decidedByUserId: olivia.userId });
    const [subscription] = await database.db.select().from(subscriptions).where(eq(subscriptions.id, row.subscriptionId!));
    expect(subscription).toMatchObject({ billingPartnerId: (await org(BLUE_YONDER)).id, resellerOfRecordId: null, tenantId: row.tenantId, offerName: "Microsoft 365 E5 (F4 accept)", quantity: 5 });
    expect(await books()).toEqual({ subscriptions: before.subscriptions + 1, customerPartners: before.customerPartners });
    expect(await acceptOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: "This request was already accepted." });
    const [event] = await database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, requestId), eq(auditEvents.action, "order-request.accepted")));
    expect(event!.subjectOrganizationIds).toEqual(expect.arrayContaining([(await org(LITWARE)).id, (await org(BLUE_YONDER)).id]));

    await deliver();
    const told = await mail.waitFor((m) => m.to.includes("lea@litware.example") && m.subject.startsWith("Accepted:"));
    expect(told.text).toContain("Microsoft 365 E5 (F4 accept)");
    const lea = await actor("lea@litware.example");
    expect((await listOwnUseOrderRequests(lea)).find((r) => r.id === requestId)).toMatchObject({ status: "accepted", sellerName: "Blue Yonder Cloud Ltd" });
    expect((await listOwnUsePurchases(lea)).map((p) => p.offerName)).toContain("Microsoft 365 E5 (F4 accept)");
  });

  it("F4: the rules are asked again at acceptance: the seller's MPA removed meanwhile refuses it and nothing is created", async () => {
    const requestId = await leaRequestsFromBlueYonder("Microsoft 365 E5 (F4 recheck)");
    const blueYonder = await org(BLUE_YONDER);
    await database.db.update(organizations).set({ mpaAcceptedOn: null }).where(eq(organizations.id, blueYonder.id));
    try {
      await actor("olivia@blueyonder-cloud.example");
      const before = await books();
      const result = await acceptOwnUseOrderRequest({ requestId });
      expect(!result.ok && result.error).toMatch(/MPA/);
      expect(await books()).toEqual(before);
      expect(await requestRow(requestId)).toMatchObject({ status: "pending", subscriptionId: null });
    } finally {
      await database.db.update(organizations).set({ mpaAcceptedOn: blueYonder.mpaAcceptedOn }).where(eq(organizations.id, blueYonder.id));
    }
  });

  it("F4: the seller's admin declines with a note; the requester is told, nothing is created", async () => {
    const requestId = await leaRequestsFromBlueYonder("Microsoft 365 E5 (F4 decline)");
    await actor("olivia@blueyonder-cloud.example");
    const before = await books();
    expect(await declineOwnUseOrderRequest({ requestId, note: "We do not sell E5 to partners." })).toMatchObject({ ok: true });
    expect(await books()).toEqual(before);
    expect(await requestRow(requestId)).toMatchObject({ status: "declined", decisionNote: "We do not sell E5 to partners.", subscriptionId: null });
    expect(await acceptOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: "This request was already declined." });
    await deliver();
    const told = await mail.waitFor((m) => m.to.includes("lea@litware.example") && m.subject.startsWith("Declined:") && m.text.includes("F4 decline"));
    expect(told.text).toContain("We do not sell E5 to partners.");
  });

  it("F4: the buyer withdraws a pending request; then it cannot be accepted; another organization cannot withdraw it", async () => {
    const requestId = await leaRequestsFromBlueYonder("Microsoft 365 E5 (F4 withdraw)");
    await actor("olivia@blueyonder-cloud.example");
    expect(await withdrawOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: NOT_FOUND });
    await actor("hugo@litware.example");
    expect(await withdrawOwnUseOrderRequest({ requestId })).toMatchObject({ ok: true });
    expect(await requestRow(requestId)).toMatchObject({ status: "withdrawn" });
    expect(await withdrawOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: "This request was already withdrawn." });
    await actor("olivia@blueyonder-cloud.example");
    expect(await acceptOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: "This request was already withdrawn." });
    await deliver();
    await mail.waitFor((m) => m.to.includes("olivia@blueyonder-cloud.example") && m.subject.startsWith("Withdrawn:"));
  });

  it("F4: a double submission makes one request", async () => {
    const lea = await actor("lea@litware.example");
    const [internal] = await listOwnUseTenants(lea);
    const input = purchase(internal!.id, (await org(BLUE_YONDER)).id);
    const [before] = await database.db.select({ n: count() }).from(orderRequests);
    const answers = await Promise.all([requestOwnUsePurchase(input), requestOwnUsePurchase(input)]);
    expect(answers.map((a) => a.ok).sort()).toEqual([false, true]);
    const [after] = await database.db.select({ n: count() }).from(orderRequests);
    expect(after!.n).toBe(before!.n + 1);
  });

  it("F4: through a reseller, neither the reseller nor its provider has anything before the reseller's admin accepts; then the provider bills", async () => {
    await actor("anna@contoso-distribution.example");
    expect((await registerInternalTenant({ name: "Contoso internal", tenantId: "7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d" })).ok).toBe(true);
    const [contosoTenant] = await listOwnUseTenants((await getActor())!);
    const fromDirectBill = requestIdOf(await requestOwnUsePurchase(purchase(contosoTenant!.id, (await org(BLUE_YONDER)).id)));
    expect((await requestRow(fromDirectBill)).status).toBe("pending");

    await actor("olivia@blueyonder-cloud.example");
    expect((await registerInternalTenant({ name: "Blue Yonder internal IT 2", tenantId: "8b2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d" })).ok).toBe(true);
    const [blueYonderTenant] = await listOwnUseTenants((await getActor())!);
    const before = await books();
    const requestId = requestIdOf(await requestOwnUsePurchase(purchase(blueYonderTenant!.id, await viaContoso(ADVENTURE))));
    expect(await books()).toEqual(before);
    expect(await requestRow(requestId)).toMatchObject({ sellerOrganizationId: (await org(ADVENTURE)).id, providerOrganizationId: (await org(CONTOSO)).id });
    // The provider is no party to the decision.
    await actor("anna@contoso-distribution.example");
    expect(await acceptOwnUseOrderRequest({ requestId })).toEqual({ ok: false, error: NOT_ALLOWED });
    await actor("ben@adventure-works.example");
    const accepted = await acceptOwnUseOrderRequest({ requestId });
    expect(accepted.ok).toBe(true);
    const [subscription] = await database.db.select().from(subscriptions).where(eq(subscriptions.id, (await requestRow(requestId)).subscriptionId!));
    expect(subscription).toMatchObject({ billingPartnerId: (await org(CONTOSO)).id, resellerOfRecordId: (await org(ADVENTURE)).id });
  });
});
