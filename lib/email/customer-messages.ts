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
const asked = (kind: "manage" | "resell") => (kind === "manage" ? "to manage its subscriptions" : "to sell to it (reseller relationship request)");

/** What `notify` says (in the app, and by email per preference) about consent; the link to the page is added by it. */
export function consentRequestedNotice(input: { partnerName: string; partnerId: string; customerName: string; kind: "manage" | "resell" }) {
  const title = `${input.partnerName} asks ${what(input.kind)}`;
  return {
    title,
    body: `${input.partnerName} (Partner ID ${input.partnerId}) asks ${input.customerName} for consent ${what(input.kind)}. Nothing changes until you accept; the request lapses after 30 days.`,
    email: { subject: title, text: `${input.partnerName} (Partner ID ${input.partnerId}) asks ${input.customerName} for consent ${what(input.kind)}. Nothing changes until you accept; the request lapses after 30 days. Accept or decline it here:` },
  };
}

export function consentDecidedNotice(input: { customerName: string; kind: "manage" | "resell"; accepted: boolean }) {
  const verb = input.accepted ? "accepted" : "declined";
  const title = `${input.customerName} ${verb} your request ${input.kind === "manage" ? "to manage its subscriptions" : "to sell to it"}`;
  const body = `${input.customerName}'s admin ${verb} your request ${asked(input.kind)}.${input.accepted ? " It now appears in your customers." : ""}`;
  return { title, body, email: { subject: title, text: `${body} Your requests:` } };
}

export function managementRevokedNotice(input: { customerName: string }) {
  const title = `${input.customerName} ended your permission to manage its subscriptions`;
  const body = `${input.customerName}'s admin revoked your organization's permission to manage its subscriptions. It is no longer among the customers you manage. Subscriptions you sold to it are not affected.`;
  return { title, body, email: { subject: title, text: body } };
}
