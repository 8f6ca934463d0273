"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { addCustomer, sellSubscription } from "@/lib/data/partner-customers";
import { addCustomerSchema, sellSubscriptionSchema } from "@/lib/validation/customers";


export const addPartnerCustomer = defineAction({
  input: addCustomerSchema,
  capability: "customer.add",
  async run({ actor, input, tx }) {
    // addCustomer records the "customer.created" event itself: an import's customers get the same one.
    return addCustomer(tx, actor, input);
  },
  revalidate: ["/customers"],
});
export const addPartnerCustomerForm = formAction(addPartnerCustomer);

export const sellCustomerSubscription = defineAction({
  input: sellSubscriptionSchema,
  capability: "customer.sell",
  async run({ actor, input, tx, audit }) {
    const sold = await sellSubscription(tx, actor, input);
    const { requestKey: _key, ...after } = input;
    await audit({ action: "subscription.created", entityType: "subscription", entityId: sold.subscriptionId, after });
    return sold;
  },
  revalidate: ["/customers"],
});
export const sellCustomerSubscriptionForm = formAction(sellCustomerSubscription);
