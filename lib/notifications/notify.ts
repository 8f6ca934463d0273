import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { notificationPreferences, notifications, users, type UserRole } from "@/lib/db/schema";
import { queueEmail } from "@/lib/email/outbox";
import { link, mailBody } from "@/lib/email/messages";
import { recipientLocale } from "@/lib/email/locale";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { notificationKinds, type NotificationKind } from "./kinds";

/** Who receives a notification: members of one organization (optionally only some roles), named users, or program support. */
export type NotificationRecipients =
  | { organizationId: string; roles?: UserRole[] }
  | { userIds: string[] }
  | { programSupport: true };

/** What a notification says, in one language. */
export type NotificationWords = {
  title: string;
  body: string;
  /** The email, when it should say more than the title and body (the link to `href` is added either way). */
  email?: { subject: string; text: string };
};

export type Notification = {
  kind: NotificationKind;
  to: NotificationRecipients;
  /** The page of the record the notification is about, a path inside the app ("/resellers/…"). */
  href: string;
  /** Addresses that already got their own message about this change (an invitation's email): no second one. */
  alreadyEmailed?: string[];
} & (
  | /** Worded per recipient, in their language (lib/email/locale.ts), when the row and the email are written. */ { words: (locale: Locale) => NotificationWords }
  | NotificationWords
);

function wordsIn(notification: Notification, locale: Locale): NotificationWords {
  if ("words" in notification) return notification.words(locale);
  return { title: notification.title, body: notification.body, email: notification.email };
}

/**
 * Tells people about a change, inside the change's transaction: one in-app notification per recipient (unless they
 * turned the kind off) and, for those whose preference for the kind is "email too", an email through the outbox.
 * Removed users get nothing; email goes only to proven addresses. Returns how many were notified and emailed.
 */
export async function notify(tx: Tx, notification: Notification): Promise<{ notified: number; emailed: number }> {
  if (!notification.href.startsWith("/") || notification.href.startsWith("//")) {
    throw new Error(`A notification links inside the app; got ${notification.href}`);
  }
  const recipients = await recipientsOf(tx, notification.to);
  if (recipients.length === 0) return { notified: 0, emailed: 0 };

  const chosen = await tx
    .select({ userId: notificationPreferences.userId, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.kind, notification.kind),
        inArray(
          notificationPreferences.userId,
          recipients.map((r) => r.id),
        ),
      ),
    );
  const choiceOf = new Map(chosen.map((row) => [row.userId, row.delivery]));
  const fallback = notificationKinds[notification.kind].defaultDelivery;

  const inApp = recipients.filter((r) => (choiceOf.get(r.id) ?? fallback) !== "off");
  if (inApp.length === 0) return { notified: 0, emailed: 0 };
  // Each recipient reads it in their own language; the text is written now (the row keeps it, the outbox too).
  const localeOf = new Map<string, Locale>();
  for (const r of inApp) localeOf.set(r.id, await recipientLocale(tx, r));
  const worded = new Map<Locale, NotificationWords>();
  const wordsFor = (id: string) => {
    const locale = localeOf.get(id)!;
    if (!worded.has(locale)) worded.set(locale, wordsIn(notification, locale));
    return { locale, words: worded.get(locale)! };
  };
  await tx.insert(notifications).values(
    inApp.map((r) => ({
      userId: r.id,
      kind: notification.kind,
      title: wordsFor(r.id).words.title,
      body: wordsFor(r.id).words.body,
      href: notification.href,
    })),
  );

  const skip = new Set((notification.alreadyEmailed ?? []).map((address) => address.toLowerCase()));
  const byEmail = inApp.filter((r) => r.emailVerified && !skip.has(r.email.toLowerCase()) && (choiceOf.get(r.id) ?? fallback) === "email");
  for (const recipient of byEmail) {
    const { locale, words } = wordsFor(recipient.id);
    const t = translator(locale, "email");
    await queueEmail(tx, {
      kind: `notification:${notification.kind}`,
      to: recipient.email,
      subject: words.email?.subject ?? words.title,
      text: mailBody(t, [t("greeting", { name: recipient.name }), words.email?.text ?? words.body, link(notification.href)], "notificationSignature"),
    });
  }
  return { notified: inApp.length, emailed: byEmail.length };
}

async function recipientsOf(tx: Tx, to: NotificationRecipients) {
  const columns = { id: users.id, email: users.email, name: users.name, locale: users.locale, emailVerifiedAt: users.emailVerifiedAt };
  const current = isNull(users.removedAt);
  let rows;
  if ("organizationId" in to) {
    if (to.roles && to.roles.length === 0) return [];
    rows = await tx
      .select(columns)
      .from(users)
      .where(
        and(current, eq(users.organizationId, to.organizationId), to.roles ? inArray(users.role, to.roles) : undefined),
      );
  } else if ("userIds" in to) {
    if (to.userIds.length === 0) return [];
    rows = await tx.select(columns).from(users).where(and(current, inArray(users.id, to.userIds)));
  } else {
    rows = await tx
      .select(columns)
      .from(users)
      .where(and(current, eq(users.role, "support")));
  }
  return rows.map(({ emailVerifiedAt, ...user }) => ({ ...user, emailVerified: emailVerifiedAt !== null }));
}
