import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { customers } from "@/lib/db/schema";
import { withFormTwin, type MatrixEntry } from "../matrix-types";
import type { World } from "../world";
import { countryOf, freshCustomer, only, ownOrganization, pendingOrderRequest, targetOf, withField } from "./setup";

async function customerNamed(world: World, name: string): Promise<string> {
  const [row] = await world.database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, name));
  return row!.id;
}

/** Partners that sell to end customers (resellers and direct-bill partners), any role, on their own organization. */
const sellers = only({
  "reseller-admin": "ok",
  "reseller-member": "ok",
  "direct-bill-admin": "ok",
  "direct-bill-member": "ok",
  "other-reseller-admin": "ok",
  "other-direct-bill-admin": "ok",
});
const partners = only({
  "provider-admin": "ok",
  "provider-member": "ok",
  "other-provider-admin": "ok",
  ...Object.fromEntries(Object.entries(sellers).filter(([, outcome]) => outcome === "ok")),
});

/** Who decides on an order request addressed to A as seller. */
const sellerDecision = only({
  "reseller-admin": "ok",
  "direct-bill-admin": "ok",
  "other-reseller-admin": "not-found",
  "other-direct-bill-admin": "not-found",
});

/** A pending request to organization A of the caller's type as seller (Blue Yonder buys from Litware, Litware from Blue Yonder). */
async function requestToSeller(world: World, caller: Parameters<typeof targetOf>[0]): Promise<string> {
  return targetOf(caller) === "blueyonder" ? pendingOrderRequest(world, "litware", "blueyonder") : pendingOrderRequest(world, "blueyonder", "litware", "contoso");
}

export const customerEntries: Record<string, MatrixEntry> = {
  ...withFormTwin("app/(app)/customers/actions.ts", "addPartnerCustomer", {
    kind: "action",
    // In the caller's own country: the region rule is not what this cell is about.
    input: async (world, caller) => ({ name: "Matrix Customer Ltd", country: await countryOf(world, ownOrganization(world, caller)) }),
    expect: sellers,
  }),
  ...withFormTwin("app/(app)/customers/actions.ts", "sellCustomerSubscription", {
    kind: "action",
    // City Power & Light is Blue Yonder's customer.
    input: async (world) => ({ customerId: await customerNamed(world, "City Power & Light"), offerName: "Microsoft 365 E3", publisher: "first-party", quantity: 3, requestKey: randomUUID() }),
    withMissingRecord: withField("customerId"),
    expect: only({ "direct-bill-admin": "ok", "direct-bill-member": "ok", "other-direct-bill-admin": "not-found" }),
  }),
  ...withFormTwin("app/(app)/own-use/actions.ts", "registerInternalTenant", {
    kind: "action",
    input: () => ({ name: "Matrix internal tenant", tenantId: randomUUID() }),
    expect: partners,
  }),
  ...withFormTwin("app/(app)/own-use/actions.ts", "requestOwnUsePurchase", {
    kind: "action",
    // Into an internal-use tenant of organization A of the caller's type: the caller's own for A's users, A's for
    // the "other-*" admins (whose attempt must look like a tenant that does not exist).
    input: async (world, caller) => {
      const target = targetOf(caller.name);
      const owner = world.organization(target ?? "litware");
      const tenant = await freshCustomer(world, await countryOf(world, owner), owner, owner);
      const seller = target === "blueyonder" ? `${world.organization("litware")}:${world.organization("contoso")}` : world.organization("blueyonder");
      return { deliverTo: tenant.tenantRowId, seller, offerName: "Microsoft 365 Business Basic", quantity: 2, requestKey: randomUUID() };
    },
    withMissingRecord: withField("deliverTo"),
    expect: only({
      "provider-admin": "ok",
      "provider-member": "ok",
      "reseller-admin": "ok",
      "reseller-member": "ok",
      "direct-bill-admin": "ok",
      "direct-bill-member": "ok",
      "other-provider-admin": "not-found",
      "other-reseller-admin": "not-found",
      "other-direct-bill-admin": "not-found",
    }),
  }),
  // A's pending request as buyer: any of A's users may withdraw it; another organization's admin gets "not found".
  ...withFormTwin("app/(app)/own-use/actions.ts", "withdrawOwnUseOrderRequest", {
    kind: "action",
    input: async (world, caller) => {
      const target = targetOf(caller.name) ?? "litware";
      return { requestId: target === "blueyonder" ? await pendingOrderRequest(world, "blueyonder", "litware", "contoso") : await pendingOrderRequest(world, target, "blueyonder") };
    },
    withMissingRecord: withField("requestId"),
    expect: only({
      "provider-admin": "ok",
      "provider-member": "ok",
      "reseller-admin": "ok",
      "reseller-member": "ok",
      "direct-bill-admin": "ok",
      "direct-bill-member": "ok",
      "other-provider-admin": "not-found",
      "other-reseller-admin": "not-found",
      "other-direct-bill-admin": "not-found",
    }),
  }),
  // A request addressed to A as seller (Litware through Contoso, or Blue Yonder): only A's admin decides; members
  // and providers are not sellers' deciders; another seller's admin gets "not found".
  ...withFormTwin("app/(app)/own-use/requests/actions.ts", "acceptOwnUseOrderRequest", {
    kind: "action",
    input: async (world, caller) => ({ requestId: await requestToSeller(world, caller.name) }),
    withMissingRecord: withField("requestId"),
    expect: sellerDecision,
  }),
  ...withFormTwin("app/(app)/own-use/requests/actions.ts", "declineOwnUseOrderRequest", {
    kind: "action",
    input: async (world, caller) => ({ requestId: await requestToSeller(world, caller.name), note: "Not now." }),
    withMissingRecord: withField("requestId"),
    expect: sellerDecision,
  }),
  "app/check/actions.ts#loadCheckCounterparty": {
    kind: "action",
    // Fourth Coffee: Contoso's customer, resold by Litware, managed by Blue Yonder; none of the "other" three sees it.
    input: async (world) => ({ kind: "customer", id: await customerNamed(world, "Fourth Coffee Roasters") }),
    withMissingRecord: withField("id"),
    expect: only({
      "provider-admin": "read",
      "provider-member": "read",
      "reseller-admin": "read",
      "reseller-member": "read",
      "direct-bill-admin": "read",
      "direct-bill-member": "read",
      "other-provider-admin": "not-found",
      "other-reseller-admin": "not-found",
      "other-direct-bill-admin": "not-found",
    }),
  },
};
