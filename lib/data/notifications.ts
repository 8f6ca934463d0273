import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { notificationPreferences, notifications, type NotificationDelivery } from "@/lib/db/schema";
import { refuseNotFound } from "@/lib/errors";
import { kindsFor, notificationKinds, type NotificationKind } from "@/lib/notifications/kinds";
import type { Actor } from "./actor";
import type { ListWindow } from "./list-window";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The bell's number: one count on the partial index of the actor's unread notifications. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export type NotificationItem = {
  id: string;
  kind: string;
  title: string;
  body: string;
  href: string;
  createdAt: Date;
  read: boolean;
};

/** The actor's own notifications, newest first, one page at a time. */
export async function listOwnNotifications(actor: Actor, page: number, window?: ListWindow) {
  // The page's numbered pages, or the partner API's cursor (an offset) and limit.
  const { offset, limit } = window ?? { offset: (Math.max(1, page) - 1) * NOTIFICATIONS_PAGE_SIZE, limit: NOTIFICATIONS_PAGE_SIZE };
  const db = await getDb();
  const mine = eq(notifications.userId, actor.userId);
  const [[totals], rows] = await Promise.all([
    db
      .select({ total: count(), unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number) })
      .from(notifications)
      .where(mine),
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        href: notifications.href,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
  ]);
  const total = Number(totals?.total ?? 0);
  const items: NotificationItem[] = rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
  return { items, total, unread: totals?.unread ?? 0, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}

/** Marks one of the actor's notifications read; another user's id answers like a missing one. */
export async function markNotificationRead(tx: Tx, actor: Actor, notificationId: string) {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id, href: notifications.href });
  if (!row) refuseNotFound();
  return row;
}

/** Marks every unread notification of the actor read; returns how many were unread. */
export async function markAllNotificationsRead(tx: Tx, actor: Actor): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export type NotificationPreference = { kind: NotificationKind; label: string; delivery: NotificationDelivery; isDefault: boolean };

/** Each kind the actor can receive, with their choice or the kind's default. */
export async function getOwnNotificationPreferences(actor: Actor): Promise<NotificationPreference[]> {
  const db = await getDb();
  const chosen = await db
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.userId));
  const byKind = new Map(chosen.map((row) => [row.kind, row.delivery]));
  return kindsFor(actor.audience).map((kind) => ({
    kind,
    label: notificationKinds[kind].label,
    delivery: byKind.get(kind) ?? notificationKinds[kind].defaultDelivery,
    isDefault: !byKind.has(kind),
  }));
}

/** Sets the actor's delivery for the kinds given (only kinds their audience receives); returns what changed. */
export async function setOwnNotificationPreferences(tx: Tx, actor: Actor, choices: Partial<Record<NotificationKind, NotificationDelivery>>) {
  const allowed = new Set(kindsFor(actor.audience));
  const current = await tx
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.userId));
  const currentOf = new Map(current.map((row) => [row.kind, row.delivery]));
  const before: Record<string, NotificationDelivery> = {};
  const after: Record<string, NotificationDelivery> = {};
  for (const [kind, delivery] of Object.entries(choices) as [NotificationKind, NotificationDelivery][]) {
    if (!allowed.has(kind)) continue;
    const was = currentOf.get(kind) ?? notificationKinds[kind].defaultDelivery;
    if (was === delivery) continue;
    before[kind] = was;
    after[kind] = delivery;
    await tx
      .insert(notificationPreferences)
      .values({ userId: actor.userId, kind, delivery })
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { delivery, updatedAt: sql`now()` },
      });
  }
  return { before, after };
}
