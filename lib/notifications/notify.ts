import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { notificationPreferences, notifications, users, type UserRole } from "@/lib/db/schema";
import { queueEmail } from "@/lib/email/outbox";
import { link } from "@/lib/email/messages";
import { notificationKinds, type NotificationKind } from "./kinds";

/** Who receives a notification: members of one organization (optionally only some roles), named users, or program support. */
export type NotificationRecipients =
  | { organizationId: string; roles?: UserRole[] }
  | { userIds: string[] }
  | { programSupport: true };

export type Notification = {
  kind: NotificationKind;
  to: NotificationRecipients;
  title: string;
  body: string;
  /** The page of the record the notification is about, a path inside the app ("/resellers/…"). */
  href: string;
  /** The email, when it should say more than the title and body (the link to `href` is added either way). */
  email?: { subject: string; text: string };
};

const signature = "\n\n— CSP Partner Hub\nChoose which notifications reach you by email in Settings → Notifications.";

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
  await tx.insert(notifications).values(
    inApp.map((r) => ({
      userId: r.id,
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      href: notification.href,
    })),
  );

  const byEmail = inApp.filter((r) => r.emailVerified && (choiceOf.get(r.id) ?? fallback) === "email");
  const subject = notification.email?.subject ?? notification.title;
  const text = notification.email?.text ?? notification.body;
  for (const recipient of byEmail) {
    await queueEmail(tx, {
      kind: `notification:${notification.kind}`,
      to: recipient.email,
      subject,
      text: `Hello ${recipient.name},\n\n${text}\n\n${link(notification.href)}${signature}`,
    });
  }
  return { notified: inApp.length, emailed: byEmail.length };
}

async function recipientsOf(tx: Tx, to: NotificationRecipients) {
  const columns = { id: users.id, email: users.email, name: users.name, emailVerifiedAt: users.emailVerifiedAt };
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
