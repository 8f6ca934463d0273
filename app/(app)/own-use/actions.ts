"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { registerOwnUseTenant, requestOwnUseOrder, withdrawOwnUseOrder } from "@/lib/data/own-use";
import { orderRequestIdSchema, registerOwnUseTenantSchema, requestOwnUseOrderSchema } from "@/lib/validation/own-use";


export const registerInternalTenant = defineAction({
  input: registerOwnUseTenantSchema,
  capability: "own-use.buy",
  async run({ actor, input, tx, audit }) {
    const created = await registerOwnUseTenant(tx, actor, input);
    await audit({ action: "tenant.registered-for-own-use", entityType: "tenant", entityId: created.tenantRowId, after: { name: input.name, tenantId: input.tenantId } });
    return created;
  },
  revalidate: ["/own-use"],
});
export const registerInternalTenantForm = formAction(registerInternalTenant);

/**
 * Asks another partner to sell to the organization for its own use, when the rules allow it. The seller's admins
 * decide; nothing is bought until they accept.
 */
export const requestOwnUsePurchase = defineAction({
  input: requestOwnUseOrderSchema,
  capability: "own-use.buy",
  async run({ actor, input, tx, audit }) {
    const requested = await requestOwnUseOrder(tx, actor, input);
    await audit({
      action: "order-request.created",
      entityType: "order_request",
      entityId: requested.requestId,
      subjects: [requested.sellerId, requested.providerId],
      after: { offerName: input.offerName, quantity: input.quantity, seller: input.seller, deliverTo: input.deliverTo },
    });
    return { requestId: requested.requestId };
  },
  revalidate: ["/own-use", "/own-use/requests"],
});
export const requestOwnUsePurchaseForm = formAction(requestOwnUsePurchase);

/** The buyer withdraws a pending order request. */
export const withdrawOwnUseOrderRequest = defineAction({
  input: orderRequestIdSchema,
  capability: "own-use.buy",
  async run({ actor, input, tx, audit }) {
    const withdrawn = await withdrawOwnUseOrder(tx, actor, input.requestId);
    await audit({ action: "order-request.withdrawn", entityType: "order_request", entityId: withdrawn.requestId, subjects: [withdrawn.sellerId] });
    return { requestId: withdrawn.requestId };
  },
  revalidate: ["/own-use", "/own-use/requests"],
});
export const withdrawOwnUseOrderRequestForm = formAction(withdrawOwnUseOrderRequest);
