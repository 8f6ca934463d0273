"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { buyForOwnUse, registerOwnUseTenant } from "@/lib/data/own-use";
import { buyForOwnUseSchema, registerOwnUseTenantSchema } from "@/lib/validation/own-use";

const isPartner = (actor: { organizationId: string | null }) => actor.organizationId !== null;

export const registerInternalTenant = defineAction({
  input: registerOwnUseTenantSchema,
  allow: isPartner,
  async run({ actor, input, tx, audit }) {
    const created = await registerOwnUseTenant(tx, actor, input);
    await audit({ action: "tenant.registered-for-own-use", entityType: "tenant", entityId: created.tenantRowId, after: { name: input.name, tenantId: input.tenantId } });
    return created;
  },
  revalidate: ["/own-use"],
});
export const registerInternalTenantForm = formAction(registerInternalTenant);

/** Buys for the organization's own use, as a customer of another partner, when the rules allow it. */
export const buyForOurOwnUse = defineAction({
  input: buyForOwnUseSchema,
  allow: isPartner,
  async run({ actor, input, tx, audit }) {
    const bought = await buyForOwnUse(tx, actor, input);
    await audit({
      action: "subscription.bought-for-own-use",
      entityType: "subscription",
      entityId: bought.subscriptionId,
      subjects: [bought.sellerId, bought.billingId],
      after: { offerName: input.offerName, quantity: input.quantity, seller: input.seller, deliverTo: input.deliverTo },
    });
    return { subscriptionId: bought.subscriptionId };
  },
  revalidate: ["/own-use"],
});
export const buyForOurOwnUseForm = formAction(buyForOurOwnUse);
