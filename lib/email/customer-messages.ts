import { link } from "./messages";
import type { OutgoingEmail } from "./outbox";

/** The messages between partners and a customer's admin (issue 14), in plain text, like lib/email/messages.ts. */

const signature = "\n\n— CSP Partner Hub\nYou receive this because of an action on CSP Partner Hub involving this address.";

export function customerAdminInvitationMessage(input: { to: string; customerName: string; partnerName: string; token: string; days: number }): OutgoingEmail {
  return {
    kind: "customer-admin-invitation",
    to: input.to,
    subject: `${input.partnerName} invites you to manage ${input.customerName}'s partners on CSP Partner Hub`,
    text:
      `Hello,\n\n${input.partnerName} named you as the admin of ${input.customerName} on CSP Partner Hub. As its admin you ` +
      `see which partners sell to ${input.customerName} and which manage its subscriptions, and you accept or decline ` +
      `the partners' requests.\n\nChoose your name and a password here:\n\n${link(`/customer-invitations/${input.token}`)}\n\n` +
      `The link works once and for ${input.days} days. If you do not know ${input.partnerName}, ignore this message.` +
      signature,
  };
}

const what = (kind: "manage" | "resell") => (kind === "manage" ? "to manage your subscriptions" : "to sell to you as one of your partners");

export function consentRequestedMessage(input: { to: string; partnerName: string; partnerId: string; customerName: string; kind: "manage" | "resell" }): OutgoingEmail {
  return {
    kind: "consent-requested",
    to: input.to,
    subject: `${input.partnerName} asks ${what(input.kind)}`,
    text:
      `Hello,\n\n${input.partnerName} (Partner ID ${input.partnerId}) asks ${input.customerName} for consent ${what(input.kind)}. ` +
      `Nothing changes until you accept; the request lapses after 30 days.\n\nAccept or decline it here: ${link("/customer")}` +
      signature,
  };
}

export function consentDecidedMessage(input: { to: string; customerName: string; kind: "manage" | "resell"; accepted: boolean }): OutgoingEmail {
  const verb = input.accepted ? "accepted" : "declined";
  return {
    kind: `consent-${verb}`,
    to: input.to,
    subject: `${input.customerName} ${verb} your request ${input.kind === "manage" ? "to manage its subscriptions" : "to sell to it"}`,
    text:
      `Hello,\n\n${input.customerName}'s admin ${verb} your request ` +
      `${input.kind === "manage" ? "to manage its subscriptions" : "to sell to it (reseller relationship request)"}.` +
      (input.accepted ? ` It now appears in your customers.` : "") +
      `\n\nYour requests: ${link("/customers/requests")}` +
      signature,
  };
}

export function managementRevokedMessage(input: { to: string; customerName: string }): OutgoingEmail {
  return {
    kind: "management-revoked",
    to: input.to,
    subject: `${input.customerName} ended your permission to manage its subscriptions`,
    text:
      `Hello,\n\n${input.customerName}'s admin revoked your organization's permission to manage its subscriptions. ` +
      `It is no longer among the customers you manage. Subscriptions you sold to it are not affected.\n\n${link("/customers")}` +
      signature,
  };
}
