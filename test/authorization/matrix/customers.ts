import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { customers } from "@/lib/db/schema";
import { fromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import type { World } from "../world";
import { countryOf, freshCustomer, ownOrganization, pendingOrderRequest, targetOf, withField } from "./setup";

async function customerNamed(world: World, name: string): Promise<string> {
  const [row] = await world.database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, name));
  return row!.id;
}

/** Another seller's admin aiming at A's record finds nothing. */
const onARecord = { outside: "not-found" } as const;

/** A pending request to organization A of the caller's type as seller (Blue Yonder buys from Litware, Litware from Blue Yonder). */
async function requestToSeller(world: World, caller: Parameters<typeof targetOf>[0]): Promise<string> {
  return targetOf(caller) === "blueyonder" ? pendingOrderRequest(world, "litware", "blueyonder") : pendingOrderRequest(world, "blueyonder", "litware", "contoso");
}

export const customerEntries: Record<string, MatrixEntry> = {
  ...withFormTwin("app/(app)/customers/actions.ts", "addPartnerCustomer", {
    kind: "action",
    // In the caller's own country: the region rule is not what this cell is about.
    input: async (world, caller) => ({ name: "Matrix Customer Ltd", country: await countryOf(world, ownOrganization(world, caller)) }),
    expect: fromTable("customer.add"),
  }),
  ...withFormTwin("app/(app)/customers/actions.ts", "sellCustomerSubscription", {
    kind: "action",
    // City Power & Light is Blue Yonder's customer.
    input: async (world) => ({ customerId: await customerNamed(world, "City Power & Light"), offerName: "Microsoft 365 E3", publisher: "first-party", quantity: 3, requestKey: randomUUID() }),
    withMissingRecord: withField("customerId"),
    expect: fromTable("customer.sell", onARecord),
  }),
  ...withFormTwin("app/(app)/own-use/actions.ts", "registerInternalTenant", {
    kind: "action",
    input: () => ({ name: "Matrix internal tenant", tenantId: randomUUID() }),
    expect: fromTable("own-use.buy"),
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
    expect: fromTable("own-use.buy", onARecord),
  }),
  // A's pending request as buyer: any of A's users may withdraw it; another organization's admin gets "not found".
  ...withFormTwin("app/(app)/own-use/actions.ts", "withdrawOwnUseOrderRequest", {
    kind: "action",
    input: async (world, caller) => {
      const target = targetOf(caller.name) ?? "litware";
      return { requestId: target === "blueyonder" ? await pendingOrderRequest(world, "blueyonder", "litware", "contoso") : await pendingOrderRequest(world, target, "blueyonder") };
    },
    withMissingRecord: withField("requestId"),
    expect: fromTable("own-use.buy", onARecord),
  }),
  // A request addressed to A as seller (Litware through Contoso, or Blue Yonder): only A's admin decides; members
  // and providers are not sellers' deciders; another seller's admin gets "not found".
  ...withFormTwin("app/(app)/own-use/requests/actions.ts", "acceptOwnUseOrderRequest", {
    kind: "action",
    input: async (world, caller) => ({ requestId: await requestToSeller(world, caller.name) }),
    withMissingRecord: withField("requestId"),
    expect: fromTable("order-request.decide", onARecord),
  }),
  ...withFormTwin("app/(app)/own-use/requests/actions.ts", "declineOwnUseOrderRequest", {
    kind: "action",
    input: async (world, caller) => ({ requestId: await requestToSeller(world, caller.name), note: "Not now." }),
    withMissingRecord: withField("requestId"),
    expect: fromTable("order-request.decide", onARecord),
  }),
  "app/check/actions.ts#loadCheckCounterparty": {
    kind: "action",
    // Fourth Coffee: Contoso's customer, resold by Litware, managed by Blue Yonder; none of the "other" three sees it.
    input: async (world) => ({ kind: "customer", id: await customerNamed(world, "Fourth Coffee Roasters") }),
    withMissingRecord: withField("id"),
    expect: fromTable("checker.pick-counterparty", { allowed: "read", outside: "not-found" }),
  },
};
