import { appUrl } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { OutgoingEmail } from "./outbox";

/**
 * The messages the app sends, in plain text, in the recipient's language (the caller chooses it: lib/email/locale.ts).
 * Each states who acts, what happened and what to do next. The words are in messages/<locale>/email.json.
 */

export const link = (path: string) => `${appUrl()}${path}`;

export type EmailTranslator = ReturnType<typeof translator<"email">>;

/** Paragraphs separated by a blank line, then the signature. */
export function mailBody(t: EmailTranslator, paragraphs: string[], signature: "signature" | "notificationSignature" = "signature"): string {
  return [...paragraphs, t(signature)].join("\n\n");
}

export function verifyEmailMessage(to: string, name: string, token: string, hours: number, locale: Locale): OutgoingEmail {
  const t = translator(locale, "email");
  return {
    kind: "verify-email",
    to,
    subject: t("verifyEmail.subject"),
    text: mailBody(t, [t("greeting", { name }), t("verifyEmail.intro"), link(`/verify-email/${token}`), t("verifyEmail.outro", { hours })]),
  };
}

export function signUpAttemptMessage(to: string, name: string, locale: Locale): OutgoingEmail {
  const t = translator(locale, "email");
  return {
    kind: "sign-up-attempt",
    to,
    subject: t("signUpAttempt.subject"),
    text: mailBody(t, [t("greeting", { name }), t("signUpAttempt.intro"), t("signUpAttempt.outro", { link: link("/sign-in") })]),
  };
}

export function invitationMessage(input: {
  to: string;
  providerName: string;
  providerCountry: string;
  partnerId: string | null;
  token: string;
  expiresAt: Date;
  locale: Locale;
}): OutgoingEmail {
  const t = translator(input.locale, "email");
  const addressee = input.partnerId ? t("invitation.addresseeOrganization", { partnerId: input.partnerId }) : t("invitation.addresseeYou");
  return {
    kind: "invitation",
    to: input.to,
    subject: t("invitation.subject", { provider: input.providerName }),
    text: mailBody(t, [
      t("greetingAnonymous"),
      t("invitation.intro", { provider: input.providerName, country: input.providerCountry, addressee }),
      `${t("invitation.open")}\n${link(`/invitations/${input.token}`)}`,
      t("invitation.outro", { date: formatDate(input.expiresAt, input.locale) }),
    ]),
  };
}

export function passwordResetMessage(to: string, name: string, token: string, minutes: number, locale: Locale): OutgoingEmail {
  const t = translator(locale, "email");
  return {
    kind: "reset-password",
    to,
    subject: t("passwordReset.subject"),
    text: mailBody(t, [t("greeting", { name }), t("passwordReset.intro"), link(`/reset-password/${token}`), t("passwordReset.outro", { minutes })]),
  };
}

export function passwordChangedMessage(to: string, name: string, locale: Locale): OutgoingEmail {
  const t = translator(locale, "email");
  return {
    kind: "password-changed",
    to,
    subject: t("passwordChanged.subject"),
    text: mailBody(t, [t("greeting", { name }), t("passwordChanged.intro"), t("passwordChanged.outro", { link: link("/forgot-password") })]),
  };
}

const roleKeys = { admin: "admin", member: "member", support: "support", "customer-admin": "customerAdmin" } as const;

export function teamInvitationMessage(input: { to: string; inviterName: string; teamName: string; role: string; token: string; expiresAt: Date; locale: Locale }): OutgoingEmail {
  const t = translator(input.locale, "email");
  const roleKey = (roleKeys as Record<string, (typeof roleKeys)[keyof typeof roleKeys]>)[input.role];
  const role = roleKey ? t(`teamInvitation.roles.${roleKey}`) : input.role;
  return {
    kind: "team-invitation",
    to: input.to,
    subject: t("teamInvitation.subject", { inviter: input.inviterName, team: input.teamName }),
    text: mailBody(t, [
      t("greetingAnonymous"),
      t("teamInvitation.intro", { inviter: input.inviterName, team: input.teamName, role }),
      link(`/team-invitations/${input.token}`),
      t("teamInvitation.outro", { date: formatDate(input.expiresAt, input.locale) }),
    ]),
  };
}

export function emailChangeMessage(to: string, name: string, token: string, hours: number, locale: Locale): OutgoingEmail {
  const t = translator(locale, "email");
  return {
    kind: "change-email",
    to,
    subject: t("emailChange.subject"),
    text: mailBody(t, [t("greeting", { name }), t("emailChange.intro"), link(`/change-email/${token}`), t("emailChange.outro", { hours })]),
  };
}

export function emailChangedNoticeMessage(to: string, name: string, newEmail: string, locale: Locale): OutgoingEmail {
  const t = translator(locale, "email");
  return {
    kind: "email-changed",
    to,
    subject: t("emailChanged.subject"),
    text: mailBody(t, [t("greeting", { name }), t("emailChanged.intro", { newEmail }), t("emailChanged.outro")]),
  };
}
