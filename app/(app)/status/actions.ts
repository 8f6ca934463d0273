"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import {
  acceptMpa as recordMpaAcceptance,
  enrollAsDirectBill,
  enrollAsReseller,
  recordCapabilities,
} from "@/lib/data/readiness";
import { submitOnboardingDetails } from "@/lib/data/onboarding";
import { acceptMpaSchema, capabilitiesSchema, noInput, onboardingDetailsSchema } from "@/lib/validation/readiness";

/** An organization admin accepts the Microsoft Partner Agreement; signer, title, email and date are recorded. */
export const acceptMpa = defineAction({
  input: acceptMpaSchema,
  capability: "organization.accept-mpa",
  async run({ actor, input, tx, audit }) {
    const { confirm: _confirmed, ...signer } = input;
    const { providerIds, ...change } = await recordMpaAcceptance(tx, actor, signer);
    await audit({ action: "organization.mpa-accepted", entityType: "organization", entityId: actor.organizationId!, subjects: providerIds, ...change });
    return { acceptedOn: change.after.mpaAcceptedOn };
  },
  revalidate: ["/status", "/providers"],
});
export const acceptMpaForm = formAction(acceptMpa);

export const submitOnboarding = defineAction({
  input: onboardingDetailsSchema,
  capability: "organization.submit-onboarding",
  async run({ actor, input, tx, audit }) {
    const change = await submitOnboardingDetails(tx, actor, input);
    await audit({ action: "organization.onboarding-submitted", entityType: "organization", entityId: change.organizationId, after: change.after });
    return null;
  },
  revalidate: ["/status", "/support"],
});
export const submitOnboardingForm = formAction(submitOnboarding);

export const enrollAsIndirectReseller = defineAction({
  input: noInput,
  capability: "organization.enroll-reseller",
  async run({ actor, tx, audit }) {
    const change = await enrollAsReseller(tx, actor);
    await audit({ action: "organization.reseller-enrolled", entityType: "organization", entityId: actor.organizationId!, ...change });
    return null;
  },
  revalidate: ["/status"],
});
export const enrollAsIndirectResellerForm = formAction(enrollAsIndirectReseller);

export const recordDirectBillCapabilities = defineAction({
  input: capabilitiesSchema,
  capability: "organization.record-direct-bill-capabilities",
  async run({ actor, input, tx, audit }) {
    const change = await recordCapabilities(tx, actor, input);
    await audit({ action: "organization.capabilities-recorded", entityType: "organization", entityId: actor.organizationId!, ...change });
    return null;
  },
  revalidate: ["/status"],
});
export const recordDirectBillCapabilitiesForm = formAction(recordDirectBillCapabilities);

export const enrollAsDirectBillPartner = defineAction({
  input: noInput,
  capability: "organization.enroll-direct-bill",
  async run({ actor, tx, audit }) {
    const change = await enrollAsDirectBill(tx, actor);
    await audit({ action: "organization.direct-bill-enrolled", entityType: "organization", entityId: actor.organizationId!, ...change });
    return null;
  },
  revalidate: ["/status"],
});
export const enrollAsDirectBillPartnerForm = formAction(enrollAsDirectBillPartner);
