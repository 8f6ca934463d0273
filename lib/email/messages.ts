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

export function passwordResetMessage(to: string, name: string, token: string, minutes: number): OutgoingEmail {
  return {
    kind: "reset-password",
    to,
    subject: "Reset your CSP Partner Hub password",
    text:
      `Hello ${name},\n\nSomeone (we hope you) asked to reset the password of your CSP Partner Hub account. Choose a ` +
      `new password here:\n\n${link(`/reset-password/${token}`)}\n\nThe link works once and for ${minutes} minutes. ` +
      `If two-factor sign-in is on for your account, you will still need your code. If you did not ask, ignore this ` +
      `message: your password stays as it is.` +
      signature,
  };
}

export function passwordChangedMessage(to: string, name: string): OutgoingEmail {
  return {
    kind: "password-changed",
    to,
    subject: "Your CSP Partner Hub password was changed",
    text:
      `Hello ${name},\n\nThe password of your CSP Partner Hub account was just reset from a link mailed to this ` +
      `address, and every session signed in with the old password was ended.\n\nIf this was not you, reset it again ` +
      `at once (${link("/forgot-password")}) and tell your organization's admin.` +
      signature,
  };
}

export function teamInvitationMessage(input: { to: string; inviterName: string; teamName: string; role: string; token: string; expiresAt: Date }): OutgoingEmail {
  return {
    kind: "team-invitation",
    to: input.to,
    subject: `${input.inviterName} invites you to join ${input.teamName} on CSP Partner Hub`,
    text:
      `Hello,\n\n${input.inviterName} invites you to join ${input.teamName} on CSP Partner Hub as ${input.role}. ` +
      `Open the link to choose your name and password:\n\n${link(`/team-invitations/${input.token}`)}\n\n` +
      `The link works once and until ${input.expiresAt.toISOString().slice(0, 10)}. If you did not expect it, ignore ` +
      `this message.` +
      signature,
  };
}

export function emailChangeMessage(to: string, name: string, token: string, hours: number): OutgoingEmail {
  return {
    kind: "change-email",
    to,
    subject: "Confirm your new email address for CSP Partner Hub",
    text:
      `Hello ${name},\n\nYou asked to use this address for your CSP Partner Hub account. Confirm it by opening the ` +
      `link below; until then your account keeps its current address.\n\n${link(`/change-email/${token}`)}\n\n` +
      `The link works once and for ${hours} hours. If you did not ask, ignore this message.` +
      signature,
  };
}

export function emailChangedNoticeMessage(to: string, name: string, newEmail: string): OutgoingEmail {
  return {
    kind: "email-changed",
    to,
    subject: "Your CSP Partner Hub email address was changed",
    text:
      `Hello ${name},\n\nYour CSP Partner Hub account now uses ${newEmail} instead of this address; sign-in and ` +
      `messages go there from now on.\n\nIf this was not you, tell your organization's admin at once.` +
      signature,
  };
}
