import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { link, mailBody } from "./messages";
import type { OutgoingEmail } from "./outbox";

/**
 * The messages between partners and a customer's admin (issue 14), in plain text, like lib/email/messages.ts, in the
 * recipient's language (words in messages/<locale>/email.json and notifications.json).
 */

export function customerAdminInvitationMessage(input: { to: string; customerName: string; partnerName: string | null; token: string; days: number; locale: Locale }): OutgoingEmail {
  const t = translator(input.locale, "email");
  const partner = input.partnerName ?? t("customerAdminInvitation.fallbackPartner");
  const values = { partner, customer: input.customerName };
  return {
    kind: "customer-admin-invitation",
    to: input.to,
    subject: t("customerAdminInvitation.subject", values),
    text: mailBody(t, [
      t("greetingAnonymous"),
      t("customerAdminInvitation.intro", values),
      t("customerAdminInvitation.choose"),
      link(`/customer-invitations/${input.token}`),
      t("customerAdminInvitation.outro", { partner, days: input.days }),
    ]),
  };
}

type ConsentKind = "manage" | "resell";

/**
 * What `notify` says (in the app, and by email per preference) about consent, in the reader's language; the link to
 * the page is added by it.
 */
export function consentRequestedNotice(input: { partnerName: string; partnerId: string; customerName: string; kind: ConsentKind }) {
  return {
    words: (locale: Locale) => {
      const t = translator(locale, "notifications");
      const values = { partner: input.partnerName, partnerId: input.partnerId, customer: input.customerName, kind: input.kind };
      const title = t("events.consentRequested.title", values);
      return { title, body: t("events.consentRequested.body", values), email: { subject: title, text: t("events.consentRequested.email", values) } };
    },
  };
}

export function consentDecidedNotice(input: { customerName: string; kind: ConsentKind; accepted: boolean }) {
  return {
    words: (locale: Locale) => {
      const t = translator(locale, "notifications");
      const values = { customer: input.customerName, kind: input.kind, accepted: input.accepted ? "yes" : "no" };
      const title = t("events.consentDecided.title", values);
      const body = t("events.consentDecided.body", values);
      return { title, body, email: { subject: title, text: t("events.consentDecided.email", { body }) } };
    },
  };
}

export function managementRevokedNotice(input: { customerName: string }) {
  return {
    words: (locale: Locale) => {
      const t = translator(locale, "notifications");
      const title = t("events.managementRevoked.title", { customer: input.customerName });
      const body = t("events.managementRevoked.body", { customer: input.customerName });
      return { title, body, email: { subject: title, text: body } };
    },
  };
}
