import { appUrl } from "@/lib/env";
import type { OutgoingEmail } from "./outbox";

/** The messages the app sends, in plain text. Each states who acts, what happened and what to do next. */

const signature = "\n\n— CSP Partner Hub\nYou receive this because of an action on CSP Partner Hub involving this address.";

export const link = (path: string) => `${appUrl()}${path}`;

export function verifyEmailMessage(to: string, name: string, token: string, hours: number): OutgoingEmail {
  return {
    kind: "verify-email",
    to,
    subject: "Confirm your email address for CSP Partner Hub",
    text:
      `Hello ${name},\n\nPlease confirm that this address is yours by opening the link below. Until you do, your ` +
      `organization cannot answer invitations or act in CSP Partner Hub.\n\n${link(`/verify-email/${token}`)}\n\n` +
      `The link works once and for ${hours} hours. If you did not sign up, ignore this message; nothing happens.` +
      signature,
  };
}

export function signUpAttemptMessage(to: string, name: string): OutgoingEmail {
  return {
    kind: "sign-up-attempt",
    to,
    subject: "Someone tried to sign up with your email address",
    text:
      `Hello ${name},\n\nSomeone tried to register a new organization on CSP Partner Hub with this email address, ` +
      `which already has an account. No new account was made and your account is unchanged.\n\n` +
      `If it was you, sign in instead: ${link("/sign-in")}\nIf it was not you, you need not do anything.` +
      signature,
  };
}

export function invitationMessage(input: {
  to: string;
  providerName: string;
  providerCountry: string;
  partnerId: string | null;
  token: string;
  expiresAt: Date;
}): OutgoingEmail {
  const addressee = input.partnerId ? `your organization (Partner ID ${input.partnerId})` : "you";
  return {
    kind: "invitation",
    to: input.to,
    subject: `${input.providerName} invites you to resell through them in CSP`,
    text:
      `Hello,\n\n${input.providerName} (${input.providerCountry}), an indirect provider in Microsoft's Cloud Solution ` +
      `Provider program, has invited ${addressee} to become one of its indirect resellers. Accepting links your ` +
      `organization with ${input.providerName}, so you can sell Microsoft offers to your customers through them.\n\n` +
      `Open the invitation:\n${link(`/invitations/${input.token}`)}\n\n` +
      `If your organization is not on CSP Partner Hub yet, the page lets you sign it up first. The link works once and ` +
      `until ${input.expiresAt.toISOString().slice(0, 10)}. If you did not expect it, ignore this message.` +
      signature,
  };
}
