"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { setCustomerTwoFactorRequirement } from "@/lib/data/customer-admins";
import { decideConsentRequest, revokeManagementGrant } from "@/lib/data/customer-consent";
import { consentDecisionSchema, customerTwoFactorSchema, revokeGrantSchema } from "@/lib/validation/customer-consent";

/** Only a customer's admin decides for the customer; the customer is the one of their session (checked by the data layer). */
function decide(accept: boolean) {
  return defineAction({
    input: consentDecisionSchema,
    capability: "end-customer.decide-consent",
    async run({ actor, input, tx, audit }) {
      const decided = await decideConsentRequest(tx, actor, { requestId: input.requestId, accept });
      await audit({
        action: accept ? "customer-consent.accepted" : "customer-consent.declined",
        entityType: "customer-consent-request",
        entityId: decided.requestId,
        after: { kind: decided.kind, status: decided.status, partnerOrganizationId: decided.partnerOrganizationId, customerId: decided.customerId },
      });
      return { status: decided.status };
    },
    revalidate: ["/customer"],
  });
}

export const acceptCustomerConsentRequest = decide(true);
export const acceptCustomerConsentRequestForm = formAction(acceptCustomerConsentRequest);
export const declineCustomerConsentRequest = decide(false);
export const declineCustomerConsentRequestForm = formAction(declineCustomerConsentRequest);

export const revokeCustomerManagementGrant = defineAction({
  input: revokeGrantSchema,
  capability: "end-customer.decide-consent",
  async run({ actor, input, tx, audit }) {
    const revoked = await revokeManagementGrant(tx, actor, input.grantId);
    await audit({ action: "management.revoked", entityType: "management-relationship", entityId: revoked.grantId, after: { partnerOrganizationId: revoked.partnerOrganizationId, customerId: revoked.customerId } });
    return { grantId: revoked.grantId };
  },
  revalidate: ["/customer"],
});
export const revokeCustomerManagementGrantForm = formAction(revokeCustomerManagementGrant);

export const setCustomerTwoFactor = defineAction({
  input: customerTwoFactorSchema,
  capability: "end-customer.require-two-factor",
  async run({ actor, input, tx, audit }) {
    const changed = await setCustomerTwoFactorRequirement(tx, actor, input.required);
    await audit({ action: "customer.two-factor-requirement", entityType: "customer", entityId: changed.customerId, before: changed.before, after: changed.after });
    return changed.after;
  },
  revalidate: ["/customer"],
});
export const setCustomerTwoFactorForm = formAction(setCustomerTwoFactor);
