"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { inviteCustomerAdmin } from "@/lib/data/customer-admins";
import { requestCustomerConsent } from "@/lib/data/customer-consent";
import { consentRequestSchema, inviteCustomerAdminSchema } from "@/lib/validation/customer-consent";

export const sendCustomerConsentRequest = defineAction({
  input: consentRequestSchema,
  capability: "customer.request-consent",
  async run({ actor, input, tx, audit }) {
    const sent = await requestCustomerConsent(tx, actor, input);
    await audit({ action: "customer-consent.requested", entityType: "customer-consent-request", entityId: sent.requestId, after: { kind: sent.kind, tenantId: sent.tenantId } });
    return { requestId: sent.requestId, kind: sent.kind };
  },
  revalidate: ["/customers/requests"],
});
export const sendCustomerConsentRequestForm = formAction(sendCustomerConsentRequest);

export const inviteCustomerAdminToJoin = defineAction({
  input: inviteCustomerAdminSchema,
  capability: "customer.invite-admin",
  async run({ actor, input, tx, audit }) {
    const invited = await inviteCustomerAdmin(tx, actor, input);
    await audit({ action: invited.resent ? "customer-admin.reinvited" : "customer-admin.invited", entityType: "customer", entityId: invited.customerId, after: { email: invited.email } });
    return { email: invited.email };
  },
  revalidate: ["/customers"],
});
export const inviteCustomerAdminToJoinForm = formAction(inviteCustomerAdminToJoin);
