"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import {
  createWebhookEndpoint as create,
  deleteWebhookEndpoint as remove,
  resendWebhookDelivery as resend,
  rotateWebhookSecret as rotate,
  setWebhookEndpointEnabled as setEnabled,
  updateWebhookEndpointKinds as updateKinds,
} from "@/lib/data/webhooks";
import {
  createWebhookEndpointSchema,
  setWebhookEnabledSchema,
  updateWebhookKindsSchema,
  webhookDeliveryIdSchema,
  webhookEndpointIdSchema,
} from "@/lib/validation/webhooks";

/** Webhook endpoints of the admin's organization; the data layer scopes every id to it and writes the audit events. */

/** Registers an endpoint; the answer carries its secret, shown this once. */
export const createWebhookEndpoint = defineAction({
  input: createWebhookEndpointSchema,
  capability: "webhooks.manage",
  run: ({ actor, input, tx }) => create(tx, actor, input),
  revalidate: ["/settings/webhooks"],
});
export const createWebhookEndpointForm = formAction(createWebhookEndpoint);

export const updateWebhookEndpointKinds = defineAction({
  input: updateWebhookKindsSchema,
  capability: "webhooks.manage",
  run: ({ actor, input, tx }) => updateKinds(tx, actor, input),
  revalidate: ["/settings/webhooks"],
});
export const updateWebhookEndpointKindsForm = formAction(updateWebhookEndpointKinds);

export const setWebhookEndpointEnabled = defineAction({
  input: setWebhookEnabledSchema,
  capability: "webhooks.manage",
  run: ({ actor, input, tx }) => setEnabled(tx, actor, input),
  revalidate: ["/settings/webhooks"],
});

export const deleteWebhookEndpoint = defineAction({
  input: webhookEndpointIdSchema,
  capability: "webhooks.manage",
  run: ({ actor, input, tx }) => remove(tx, actor, input),
  revalidate: ["/settings/webhooks"],
});

/** A new secret, shown once; the old one stops signing at once. */
export const rotateWebhookSecret = defineAction({
  input: webhookEndpointIdSchema,
  capability: "webhooks.manage",
  run: ({ actor, input, tx }) => rotate(tx, actor, input),
  revalidate: ["/settings/webhooks"],
});

export const resendWebhookDelivery = defineAction({
  input: webhookDeliveryIdSchema,
  capability: "webhooks.manage",
  run: ({ actor, input, tx }) => resend(tx, actor, input),
  revalidate: ["/settings/webhooks"],
});

export const setWebhookEndpointEnabledForm = formAction(setWebhookEndpointEnabled);
export const deleteWebhookEndpointForm = formAction(deleteWebhookEndpoint);
export const rotateWebhookSecretForm = formAction(rotateWebhookSecret);
export const resendWebhookDeliveryForm = formAction(resendWebhookDelivery);
