import { webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { sealWebhookSecret, newWebhookSecret } from "@/lib/webhooks/signing";
import { fromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import type { CallerInfo, World } from "../world";
import { targetOf, withField } from "./setup";

/**
 * Webhook endpoints (app/(app)/settings/webhooks): partner admins manage their organization's. Each input aims at an
 * endpoint of organization A of the caller's type (another organization's admin gets "not found", like a missing id);
 * callers the table refuses get "not allowed" whatever they aim at.
 */

// A public address written as an IP: no DNS involved, and allowed by the default (strict) target policy.
const PUBLIC_URL = "https://93.184.215.14/hooks";

async function endpointOfA(world: World, caller: CallerInfo) {
  const organizationId = world.organization(targetOf(caller.name) ?? "contoso");
  const [row] = await world.database.db
    .insert(webhookEndpoints)
    .values({ organizationId, url: PUBLIC_URL, eventKinds: ["mpa.signed"], sealedSecret: sealWebhookSecret(newWebhookSecret(), process.env.AUTH_SECRET) })
    .returning({ id: webhookEndpoints.id, organizationId: webhookEndpoints.organizationId });
  return row!;
}

async function finishedDeliveryOfA(world: World, caller: CallerInfo) {
  const endpoint = await endpointOfA(world, caller);
  const [row] = await world.database.db
    .insert(webhookDeliveries)
    .values({ endpointId: endpoint.id, organizationId: endpoint.organizationId, messageId: "msg_matrix", kind: "mpa.signed", body: "{}", status: "failed", attempts: 1, finishedAt: new Date() })
    .returning({ id: webhookDeliveries.id });
  return row!.id;
}

const onEndpoint = (extra: Record<string, unknown> = {}) => async (world: World, caller: CallerInfo) => ({ endpointId: (await endpointOfA(world, caller)).id, ...extra });

const ownEndpointOnly = fromTable("webhooks.manage", { outside: "not-found" });

export const webhookEntries: Record<string, MatrixEntry> = {
  // Every admin registers one for their own organization.
  ...withFormTwin("app/(app)/settings/webhooks/actions.ts", "createWebhookEndpoint", {
    kind: "action",
    input: () => ({ url: PUBLIC_URL, "event:mpa.signed": "on" }),
    expect: fromTable("webhooks.manage"),
  }),
  ...withFormTwin("app/(app)/settings/webhooks/actions.ts", "updateWebhookEndpointKinds", {
    kind: "action",
    input: onEndpoint({ "event:termination.requested": "on" }),
    withMissingRecord: withField("endpointId"),
    expect: ownEndpointOnly,
  }),
  ...withFormTwin("app/(app)/settings/webhooks/actions.ts", "setWebhookEndpointEnabled", {
    kind: "action",
    input: onEndpoint({ enabled: "false" }),
    withMissingRecord: withField("endpointId"),
    expect: ownEndpointOnly,
  }),
  ...withFormTwin("app/(app)/settings/webhooks/actions.ts", "deleteWebhookEndpoint", {
    kind: "action",
    input: onEndpoint(),
    withMissingRecord: withField("endpointId"),
    expect: ownEndpointOnly,
  }),
  ...withFormTwin("app/(app)/settings/webhooks/actions.ts", "rotateWebhookSecret", {
    kind: "action",
    input: onEndpoint(),
    withMissingRecord: withField("endpointId"),
    expect: ownEndpointOnly,
  }),
  ...withFormTwin("app/(app)/settings/webhooks/actions.ts", "resendWebhookDelivery", {
    kind: "action",
    input: async (world, caller) => ({ deliveryId: await finishedDeliveryOfA(world, caller) }),
    withMissingRecord: withField("deliveryId"),
    expect: ownEndpointOnly,
  }),
};
