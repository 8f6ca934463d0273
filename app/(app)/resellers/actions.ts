"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { requestLanguageOf } from "@/lib/actions/request-language";
import { createInvitation, resendInvitation as resendOwnInvitation, revokeInvitation as revokeOwnInvitation } from "@/lib/data/invitations";
import { auditInvitationRevoked } from "@/lib/data/audit-events";
import { createSubscriptionThroughReseller } from "@/lib/data/new-business";
import { requestTermination as fileTerminationRequest } from "@/lib/data/termination-requests";
import { verifyPartnerIds as verifyChunk } from "@/lib/data/verify-mpa";
import { answerFromPartnerCenter } from "@/lib/data/partner-center-verify";
import {
  invitationIdSchema,
  inviteResellerSchema,
  newSubscriptionSchema,
  terminationRequestSchema,
  verifyPartnerIdsSchema,
} from "@/lib/validation/resellers";
import { z } from "zod";

export const inviteReseller = defineAction({
  input: inviteResellerSchema,
  capability: "reseller.invite",
  async run({ actor, input, tx }) {
    // createInvitation records the "invitation.created" event itself: an import's invitations get the same one.
    const invitation = await createInvitation(tx, actor, input);
    return { token: invitation.token, email: invitation.email, partnerId: invitation.partnerId, expiresAt: invitation.expiresAt.toISOString() };
  },
  revalidate: ["/resellers/invitations"],
});
export const inviteResellerForm = formAction(inviteReseller);

/** Sends a pending or expired invitation again with a new link; the old link stops working. */
export const resendInvitation = defineAction({
  input: invitationIdSchema,
  capability: "reseller.invite",
  async run({ actor, input, tx, audit }) {
    const invitation = await resendOwnInvitation(tx, actor, input.invitationId);
    await audit({ action: "invitation.resent", entityType: "invitation", entityId: invitation.id, after: { email: invitation.email, partnerId: invitation.partnerId, expiresAt: invitation.expiresAt } });
    return { token: invitation.token, email: invitation.email, partnerId: invitation.partnerId, expiresAt: invitation.expiresAt.toISOString() };
  },
  revalidate: ["/resellers/invitations"],
});
export const resendInvitationForm = formAction(resendInvitation);

export const revokeInvitation = defineAction({
  input: invitationIdSchema,
  capability: "reseller.invite",
  async run({ actor, input, tx }) {
    const revoked = await revokeOwnInvitation(tx, actor, input.invitationId);
    await auditInvitationRevoked(tx, actor, revoked);
    return revoked;
  },
  revalidate: ["/resellers/invitations"],
});
export const revokeInvitationForm = formAction(revokeInvitation);

export const requestTermination = defineAction({
  input: terminationRequestSchema,
  capability: "reseller.request-termination",
  // The data function records relationship.termination-requested, as it does for the reseller's request.
  run: ({ actor, input, tx }) => fileTerminationRequest(tx, actor, input),
  revalidate: ["/resellers", "/support"],
});
export const requestTerminationForm = formAction(requestTermination);

export const createSubscription = defineAction({
  input: newSubscriptionSchema,
  capability: "subscription.create",
  async run({ actor, input, tx, audit }) {
    const created = await createSubscriptionThroughReseller(tx, actor, input);
    if (created.newCustomer) {
      await audit({
        action: "customer.created-for-reseller",
        entityType: "customer",
        entityId: created.customerId,
        subjects: [input.resellerId],
        after: { name: created.customerName, country: input.customerCountry, onBehalfOf: input.resellerId },
      });
    }
    await audit({
      action: "subscription.created-with-reseller",
      entityType: "subscription",
      entityId: created.subscriptionId,
      subjects: [input.resellerId],
      after: { customer: created.customerName, offer: input.offerName, quantity: input.quantity, resellerOfRecord: input.resellerId },
    });
    return created;
  },
  revalidate: ["/resellers"],
});
export const createSubscriptionForm = formAction(createSubscription);

/** Reads only: checks one chunk of lines; the page sends up to 5,000 lines in chunks. */
export const verifyPartnerIds = defineAction({
  input: verifyPartnerIdsSchema.extend({ firstLine: z.number().int().min(1).default(1) }),
  capability: "reseller.verify-mpa",
  readOnly: true,
  // Partner Center answers when connected: no transaction is held open while it does.
  outsideTransaction: true,
  async run({ actor, input, tx }) {
    return answerFromPartnerCenter(actor, await verifyChunk(tx, actor, input.lines, input.firstLine, await requestLanguageOf(actor)));
  },
});
