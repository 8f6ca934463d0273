import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { customerConsentRequests, customers, managementRelationships, tenants, userTokens, users } from "@/lib/db/schema";
import { hashUserToken } from "@/lib/data/user-tokens";
import { everyone, fromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import type { World } from "../world";
import { targetOf, withField } from "./setup";

/**
 * Issue 14: partners ask customers, customers' admins decide. Customer A is Fourth Coffee Roasters (Contoso's
 * customer, resold by Litware, managed by Blue Yonder), whose admin is the "customer-admin" caller; the
 * "other-customer-admin" speaks for City Power & Light and must get what a missing record gets.
 */

async function customerNamed(world: World, name: string): Promise<{ id: string; tenantId: string }> {
  const [row] = await world.database.db
    .select({ id: customers.id, tenantId: tenants.tenantId })
    .from(customers)
    .innerJoin(tenants, eq(tenants.customerId, customers.id))
    .where(eq(customers.name, name));
  return row!;
}

/** A pending request to Fourth Coffee, from a partner that does not manage it yet (Woodgrove). */
async function pendingRequestToFourthCoffee(world: World): Promise<string> {
  const customer = await customerNamed(world, "Fourth Coffee Roasters");
  const [row] = await world.database.db
    .insert(customerConsentRequests)
    .values({ kind: "manage", partnerOrganizationId: world.organization("woodgrove"), tenantId: customer.tenantId, customerId: customer.id })
    .returning({ id: customerConsentRequests.id });
  return row!.id;
}

/** A customer admin invited for Margie's Travel who has not joined yet, and their mailed link's token. */
async function freshCustomerAdminInvitation(world: World): Promise<string> {
  const customer = await customerNamed(world, "Margie's Travel");
  const [user] = await world.database.db
    .insert(users)
    .values({ email: `joining-${randomUUID().slice(0, 8)}@matrix-customer.example`, name: "Customer admin", passwordHash: world.passwordHash, role: "customer-admin", customerId: customer.id })
    .returning({ id: users.id });
  const token = randomBytes(32).toString("base64url");
  await world.database.db
    .insert(userTokens)
    .values({ userId: user!.id, purpose: "join-customer", tokenHash: hashUserToken(token), expiresAt: new Date(Date.now() + 3_600_000) });
  return token;
}

/** Only Fourth Coffee's admin decides; another customer's admin gets "not found"; partners are not customers. */
const customerDecision = fromTable("end-customer.decide-consent", { outside: "not-found" });

/** Partners that sell to end customers, by their admins. */
const sellerAdmins = fromTable("customer.request-consent");

export const customerConsentEntries: Record<string, MatrixEntry> = {
  // Public: the mailed token is the proof; a valid one proves the address, sets the password and goes on to sign-in.
  "app/(auth)/customer-invitations/actions.ts#joinCustomerForm": {
    kind: "action",
    call: "form",
    input: async (world) => ({
      token: await freshCustomerAdminInvitation(world),
      name: "Matrix Customer Admin",
      newPassword: "a-matrix-customer-password",
      confirmPassword: "a-matrix-customer-password",
    }),
    expect: everyone("redirect"),
  },
  // Any tenant id gets the same answer (the request tells nothing about whose customer it is); the customer decides.
  ...withFormTwin("app/(app)/customers/requests/actions.ts", "sendCustomerConsentRequest", {
    kind: "action",
    input: async (world) => ({ kind: "manage", tenantId: (await customerNamed(world, "Fourth Coffee Roasters")).tenantId }),
    expect: sellerAdmins,
  }),
  // A's customer without an admin yet: Margie's Travel (resold by Litware) or Munson's (Blue Yonder's); another
  // partner aiming at it gets "not found".
  ...withFormTwin("app/(app)/customers/requests/actions.ts", "inviteCustomerAdminToJoin", {
    kind: "action",
    input: async (world, caller) => {
      const target = targetOf(caller.name) === "blueyonder" ? "Munson's Pickles and Preserves" : "Margie's Travel";
      return { customerId: (await customerNamed(world, target)).id, email: `admin-${randomUUID().slice(0, 8)}@matrix-customer.example` };
    },
    withMissingRecord: withField("customerId"),
    expect: fromTable("customer.invite-admin", { outside: "not-found" }),
  }),
  ...withFormTwin("app/(app)/customer/actions.ts", "acceptCustomerConsentRequest", {
    kind: "action",
    input: async (world) => ({ requestId: await pendingRequestToFourthCoffee(world) }),
    withMissingRecord: withField("requestId"),
    expect: customerDecision,
  }),
  ...withFormTwin("app/(app)/customer/actions.ts", "declineCustomerConsentRequest", {
    kind: "action",
    input: async (world) => ({ requestId: await pendingRequestToFourthCoffee(world) }),
    withMissingRecord: withField("requestId"),
    expect: customerDecision,
  }),
  // Blue Yonder's grant on Fourth Coffee.
  ...withFormTwin("app/(app)/customer/actions.ts", "revokeCustomerManagementGrant", {
    kind: "action",
    input: async (world) => {
      const customer = await customerNamed(world, "Fourth Coffee Roasters");
      const [grant] = await world.database.db
        .select({ id: managementRelationships.id })
        .from(managementRelationships)
        .where(and(eq(managementRelationships.customerId, customer.id), isNull(managementRelationships.revokedAt)));
      return { grantId: grant!.id };
    },
    withMissingRecord: withField("grantId"),
    expect: customerDecision,
  }),
  // Each customer's admin sets their own customer's requirement (the customer comes from the session).
  ...withFormTwin("app/(app)/customer/actions.ts", "setCustomerTwoFactor", {
    kind: "action",
    input: () => ({ required: "false" }),
    expect: fromTable("end-customer.require-two-factor"),
  }),
};
