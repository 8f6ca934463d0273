"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { acceptOwnUseOrder, declineOwnUseOrder } from "@/lib/data/own-use";
import { declineOrderRequestSchema, orderRequestIdSchema } from "@/lib/validation/own-use";


/** The seller accepts an own-use order request: the rules are asked again and the purchase is recorded. */
export const acceptOwnUseOrderRequest = defineAction({
  input: orderRequestIdSchema,
  capability: "order-request.decide",
  async run({ actor, input, tx, audit }) {
    const accepted = await acceptOwnUseOrder(tx, actor, input.requestId);
    await audit({
      action: "order-request.accepted",
      entityType: "order_request",
      entityId: accepted.requestId,
      subjects: [accepted.buyerId, accepted.billingId],
      after: { subscriptionId: accepted.subscriptionId },
    });
    return { requestId: accepted.requestId, subscriptionId: accepted.subscriptionId };
  },
  revalidate: ["/own-use", "/own-use/requests"],
});
export const acceptOwnUseOrderRequestForm = formAction(acceptOwnUseOrderRequest);

/** The seller declines an own-use order request, optionally with a note for the buyer. */
export const declineOwnUseOrderRequest = defineAction({
  input: declineOrderRequestSchema,
  capability: "order-request.decide",
  async run({ actor, input, tx, audit }) {
    const declined = await declineOwnUseOrder(tx, actor, input);
    await audit({ action: "order-request.declined", entityType: "order_request", entityId: declined.requestId, subjects: [declined.buyerId], after: { note: input.note ?? null } });
    return { requestId: declined.requestId };
  },
  revalidate: ["/own-use", "/own-use/requests"],
});
export const declineOwnUseOrderRequestForm = formAction(declineOwnUseOrderRequest);
