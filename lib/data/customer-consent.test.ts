import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { customerConsentRequests, customers, managementRelationships, notifications, subscriptions, tenants, users } from "@/lib/db/schema";
import { NOT_ALLOWED, NOT_FOUND } from "@/lib/errors";
import { inviteCustomerAdminToJoin, sendCustomerConsentRequest } from "@/app/(app)/customers/requests/actions";
import { acceptCustomerConsentRequest, declineCustomerConsentRequest, revokeCustomerManagementGrant } from "@/app/(app)/customer/actions";
import { joinCustomerForm } from "@/app/(auth)/customer-invitations/actions";
import { sellCustomerSubscription } from "@/app/(app)/customers/actions";
import { deliverTo } from "@/test/deliver";
import { signInAs } from "@/test/session";
import { linkIn, startMailServer, type MailServer } from "@/test/mail";
import { getActor, loadActor } from "./actor";
import { CUSTOMER_HAS_ADMIN, CUSTOMER_INVITATION_NOT_VALID, EMAIL_HAS_ACCOUNT } from "./customer-admins";
import { listMyConsentRequests, listPendingRequestsForCustomer, REQUEST_EXPIRED } from "./customer-consent";
import { getCustomerHome } from "./customer-home";
import { getMyCustomer, listMyCustomers } from "./partner-customers";

vi.mock("next/navigation", () => import("@/test/next-navigation"));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-of-the-demo");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

const CLAIRE = "claire@fourthcoffee.example";
const OLIVIA = "olivia@blueyonder-cloud.example";
const WEI = "wei@woodgrove-direct.example";

const actor = async (email: string) => {
  await signInAs(database, email);
  return (await getActor())!;
};
async function customerNamed(name: string) {
  const [row] = await database.db
    .select({ id: customers.id, tenantId: tenants.tenantId })
    .from(customers)
    .innerJoin(tenants, eq(tenants.customerId, customers.id))
    .where(eq(customers.name, name));
  return row!;
}
async function join(token: string, name: string, password = "a long enough password") {
  const data = new FormData();
  for (const [key, value] of Object.entries({ token, name, newPassword: password, confirmPassword: password })) data.set(key, value);
  try {
    return await joinCustomerForm(null, data);
  } catch (error) {
    const to = (error as { to?: string }).to;
    if (!to) throw error;
    return { redirectedTo: to };
  }
}
const managedNames = async (email: string) => (await listMyCustomers(await actor(email), { managedOnly: true })).rows.map((row) => row.name);

describe("the customer's admin joins through the partner's single-use link", () => {
  it("a partner serving the customer invites; the link proves the address and sets the password, once", async () => {
    const munsons = await customerNamed("Munson's Pickles and Preserves");
    await signInAs(database, WEI);
    expect(await inviteCustomerAdminToJoin({ customerId: munsons.id, email: "it@munsons.example" })).toEqual({ ok: false, error: NOT_FOUND });
    await signInAs(database, "oscar@blueyonder-cloud.example");
    expect(await inviteCustomerAdminToJoin({ customerId: munsons.id, email: "it@munsons.example" })).toEqual({ ok: false, error: NOT_ALLOWED });
    await signInAs(database, OLIVIA);
    expect(await inviteCustomerAdminToJoin({ customerId: munsons.id, email: "lea@litware.example" })).toMatchObject({ ok: false, fieldErrors: { email: [EMAIL_HAS_ACCOUNT] } });
    expect(await inviteCustomerAdminToJoin({ customerId: munsons.id, email: "IT@munsons.example" })).toMatchObject({ ok: true, data: { email: "it@munsons.example" } });

    const [placeholder] = await database.db.select().from(users).where(eq(users.email, "it@munsons.example"));
    expect(placeholder).toMatchObject({ role: "customer-admin", customerId: munsons.id, organizationId: null, emailVerifiedAt: null });
    // Not yet through the gate: the address is not proven.
    expect((await loadActor(placeholder!.id, placeholder!.sessionVersion))?.emailVerified).toBe(false);

    await deliverTo(mail);
    const message = await mail.waitFor((m) => m.to.includes("it@munsons.example"));
    expect(message.subject).toBe("Blue Yonder Cloud Ltd invites you to manage Munson's Pickles and Preserves's partners on CSP Partner Hub");
    const token = new URL(linkIn(message, "/customer-invitations/")).pathname.split("/").at(-1)!;
    expect(await join(token, "Mona Munson")).toEqual({ redirectedTo: "/sign-in?joined=1" });
    expect(await join(token, "Mona Again")).toMatchObject({ ok: false, error: CUSTOMER_INVITATION_NOT_VALID });

    const mona = await actor("it@munsons.example");
    expect(mona).toMatchObject({ name: "Mona Munson", audience: "customer", customerId: munsons.id, customerName: "Munson's Pickles and Preserves", emailVerified: true });
    await signInAs(database, OLIVIA);
    expect(await inviteCustomerAdminToJoin({ customerId: munsons.id, email: "other@munsons.example" })).toEqual({ ok: false, error: CUSTOMER_HAS_ADMIN, fieldErrors: undefined });
  });
});

describe("consent to manage a customer's subscriptions", () => {
  it("partner requests -> customer admin accepts -> partner manages; the customer revokes -> the partner loses it at once, sales untouched", async () => {
    const fourthCoffee = await customerNamed("Fourth Coffee Roasters");
    expect(await managedNames(WEI)).toEqual([]);
    await signInAs(database, WEI);
    const sent = await sendCustomerConsentRequest({ kind: "manage", tenantId: fourthCoffee.tenantId.toUpperCase() });
    expect(sent).toMatchObject({ ok: true });
    // A second one while the first is pending is refused; the first stands.
    expect(await sendCustomerConsentRequest({ kind: "manage", tenantId: fourthCoffee.tenantId })).toMatchObject({ ok: false, fieldErrors: { tenantId: [expect.any(String)] } });

    // The partner sees its request pending, without the customer's name; no grant yet.
    const wei = await actor(WEI);
    expect((await listMyConsentRequests(wei)).rows).toEqual([expect.objectContaining({ kind: "manage", status: "pending", customerName: null, tenantId: fourthCoffee.tenantId })]);
    expect(await getMyCustomer(wei, fourthCoffee.id)).toBeNull();

    // The customer's admin is told by email and sees it waiting.
    await deliverTo(mail);
    expect((await mail.waitFor((m) => m.to.includes(CLAIRE))).subject).toBe("Woodgrove Direct Cloud Inc. asks to manage your subscriptions");
    const claire = await actor(CLAIRE);
    // In the app too: the bell's row for the customer's admin, linking to the page where they decide.
    expect(await database.db.select({ kind: notifications.kind, href: notifications.href }).from(notifications).where(eq(notifications.userId, claire.userId))).toEqual([
      { kind: "customer.consent-requested", href: "/customer" },
    ]);
    const [pending] = await listPendingRequestsForCustomer(claire);
    expect(pending).toMatchObject({ kind: "manage", partnerName: "Woodgrove Direct Cloud Inc." });

    // Another customer's admin and the partner itself cannot decide it.
    await signInAs(database, WEI);
    expect(await acceptCustomerConsentRequest({ requestId: pending!.id })).toEqual({ ok: false, error: NOT_ALLOWED });
    const cityPower = await customerNamed("City Power & Light");
    await database.db.insert(users).values({ email: "carl@cpandl.example", name: "Carl", passwordHash: "x", role: "customer-admin", customerId: cityPower.id, emailVerifiedAt: new Date() });
    await signInAs(database, "carl@cpandl.example");
    expect(await acceptCustomerConsentRequest({ requestId: pending!.id })).toEqual({ ok: false, error: NOT_FOUND });

    await signInAs(database, CLAIRE);
    expect(await acceptCustomerConsentRequest({ requestId: pending!.id })).toEqual({ ok: true, data: { status: "accepted" } });
    expect(await acceptCustomerConsentRequest({ requestId: pending!.id })).toMatchObject({ ok: false, error: "This request was already accepted." });
    expect(await managedNames(WEI)).toEqual(["Fourth Coffee Roasters"]);
    expect((await listMyConsentRequests(await actor(WEI))).rows[0]).toMatchObject({ status: "accepted", customerName: "Fourth Coffee Roasters" });
    await deliverTo(mail);
    expect((await mail.waitFor((m) => m.to.includes(WEI) && /accepted/.test(m.subject))).subject).toBe("Fourth Coffee Roasters accepted your request to manage its subscriptions");

    const home = await getCustomerHome(await actor(CLAIRE));
    expect(home!.managers.map((m) => m.partnerName)).toEqual(["Blue Yonder Cloud Ltd", "Woodgrove Direct Cloud Inc."]);
    expect(home!.sellers.map((s) => s.partnerName)).toEqual(["Contoso Distribution B.V.", "Litware Solutions SARL"]);

    const before = await database.db.select().from(subscriptions).where(eq(subscriptions.customerId, fourthCoffee.id));
    const grant = home!.managers.find((m) => m.partnerName === "Woodgrove Direct Cloud Inc.")!;
    await signInAs(database, CLAIRE);
    expect(await revokeCustomerManagementGrant({ grantId: grant.grantId })).toEqual({ ok: true, data: { grantId: grant.grantId } });
    expect(await managedNames(WEI)).toEqual([]);
    const wei2 = await actor(WEI);
    expect(await getMyCustomer(wei2, fourthCoffee.id)).toBeNull();
    expect((await database.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, wei2.userId))).map((n) => n.kind).sort()).toEqual([
      "customer.consent-decided",
      "customer.management-revoked",
    ]);
    expect(await database.db.select().from(subscriptions).where(eq(subscriptions.customerId, fourthCoffee.id))).toEqual(before);
    await deliverTo(mail);
    expect((await mail.waitFor((m) => m.to.includes(WEI) && /ended/.test(m.subject))).subject).toBe("Fourth Coffee Roasters ended your permission to manage its subscriptions");
    await signInAs(database, CLAIRE);
    expect(await revokeCustomerManagementGrant({ grantId: grant.grantId })).toEqual({ ok: false, error: NOT_FOUND });
  });

  it("a tenant no customer has gets the same answer and stays pending; declined and lapsed requests show as such", async () => {
    await signInAs(database, WEI);
    const unknownTenant = crypto.randomUUID();
    expect(await sendCustomerConsentRequest({ kind: "manage", tenantId: unknownTenant })).toMatchObject({ ok: true });
    const [row] = await database.db.select().from(customerConsentRequests).where(eq(customerConsentRequests.tenantId, unknownTenant));
    expect(row).toMatchObject({ customerId: null, status: "pending" });

    const fourthCoffee = await customerNamed("Fourth Coffee Roasters");
    expect(await sendCustomerConsentRequest({ kind: "manage", tenantId: fourthCoffee.tenantId })).toMatchObject({ ok: true });
    const [pending] = await listPendingRequestsForCustomer(await actor(CLAIRE));
    expect(await declineCustomerConsentRequest({ requestId: pending!.id })).toEqual({ ok: true, data: { status: "declined" } });
    expect(await managedNames(WEI)).toEqual([]);

    // 30 days later: lapsed on read and on acting, without any job having run.
    await signInAs(database, WEI);
    expect(await sendCustomerConsentRequest({ kind: "manage", tenantId: fourthCoffee.tenantId })).toMatchObject({ ok: true });
    await database.db
      .update(customerConsentRequests)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(and(eq(customerConsentRequests.tenantId, fourthCoffee.tenantId), eq(customerConsentRequests.status, "pending")));
    const claire = await actor(CLAIRE);
    expect(await listPendingRequestsForCustomer(claire)).toEqual([]);
    const [lapsed] = await database.db.select().from(customerConsentRequests).where(and(eq(customerConsentRequests.tenantId, fourthCoffee.tenantId), eq(customerConsentRequests.status, "pending")));
    expect(await acceptCustomerConsentRequest({ requestId: lapsed!.id })).toMatchObject({ ok: false, error: REQUEST_EXPIRED });
    expect((await listMyConsentRequests(await actor(WEI))).rows.slice(0, 3).map((r) => r.status)).toEqual(["expired", "declined", "pending"]);
    // A new request replaces the lapsed one.
    expect(await sendCustomerConsentRequest({ kind: "manage", tenantId: fourthCoffee.tenantId })).toMatchObject({ ok: true });
  });
});

describe("selling to a customer another partner serves (reseller relationship request)", () => {
  it("a partner that only manages a customer may not sell to it until the customer accepts; the verdict names CUSTOMER-CONSENT", async () => {
    const fourthCoffee = await customerNamed("Fourth Coffee Roasters");
    await signInAs(database, OLIVIA);
    const sale = { customerId: fourthCoffee.id, offerName: "Microsoft 365 E3", publisher: "first-party", quantity: "5", requestKey: crypto.randomUUID() };
    const refused = await sellCustomerSubscription(sale);
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.error).toContain("CUSTOMER-CONSENT");

    expect(await sendCustomerConsentRequest({ kind: "resell", tenantId: fourthCoffee.tenantId })).toMatchObject({ ok: true });
    const resell = (await listPendingRequestsForCustomer(await actor(CLAIRE))).find((r) => r.kind === "resell")!;
    expect(await acceptCustomerConsentRequest({ requestId: resell.id })).toEqual({ ok: true, data: { status: "accepted" } });

    await signInAs(database, OLIVIA);
    expect(await sellCustomerSubscription({ ...sale, requestKey: crypto.randomUUID() })).toMatchObject({ ok: true });
    expect((await getCustomerHome(await actor(CLAIRE)))!.sellers.map((s) => s.partnerName)).toContain("Blue Yonder Cloud Ltd");
  });

  it("the database refuses a grant that names no accepted request, whatever path writes it", async () => {
    const fourthCoffee = await customerNamed("Fourth Coffee Roasters");
    const [woodgrove] = await database.db.select({ id: users.organizationId }).from(users).where(eq(users.email, WEI));
    await expect(
      database.db.insert(managementRelationships).values({ customerId: fourthCoffee.id, partnerOrganizationId: woodgrove!.id! }),
    ).rejects.toThrow();
  });
});
