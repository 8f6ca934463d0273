import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { mpaReminders, organizations, providerResellerRelationships as relationships } from "@/lib/db/schema";
import { refuse, refuseNotFound } from "@/lib/errors";
import { mpaReminder } from "@/lib/notifications/events";
import { formatDate } from "@/lib/labels";
import { can } from "@/lib/permissions";
import type { Actor } from "./actor";

/** A provider reminds a reseller at most this often (the database's trigger holds the same line). */
export const MPA_REMINDER_DAYS = 7;

function providerOf(actor: Actor): string | null {
  return actor.partnerType === "indirect-provider" && actor.organizationId ? actor.organizationId : null;
}

/** When this provider last reminded the reseller, and from when it may again; null if it never did. */
export async function getMpaReminder(actor: Actor, resellerId: string) {
  const providerId = providerOf(actor);
  if (!providerId) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      lastSentAt: mpaReminders.lastSentAt,
      nextAllowedAt: sql<Date>`${mpaReminders.lastSentAt} + make_interval(days => ${MPA_REMINDER_DAYS})`.mapWith(mpaReminders.lastSentAt),
      // By the database's clock, the same one the trigger and the upsert use.
      canSendAgain: sql<boolean>`${mpaReminders.lastSentAt} <= now() - make_interval(days => ${MPA_REMINDER_DAYS})`,
    })
    .from(mpaReminders)
    .where(and(eq(mpaReminders.providerId, providerId), eq(mpaReminders.resellerId, resellerId)));
  return row ?? null;
}

/**
 * The provider's admin reminds one of its live resellers that has not signed the MPA: the reseller's admins get a
 * notification (by email by default). At most once in seven days per provider and reseller: the conditional upsert
 * claims the week, and the trigger refuses any other path. Another provider's reseller answers like a missing one.
 */
export async function sendMpaReminder(tx: Tx, actor: Actor, resellerId: string) {
  const providerId = providerOf(actor);
  if (!providerId) refuse("Only an indirect provider reminds its resellers.");
  if (!can(actor, "reseller.remind-mpa")) refuse("Only an admin of your organization can send reminders.");
  const [reseller] = await tx
    .select({ id: organizations.id, name: organizations.legalName, mpaAcceptedOn: organizations.mpaAcceptedOn })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(and(eq(relationships.providerId, providerId), eq(relationships.resellerId, resellerId), inArray(relationships.status, ["active", "suspended", "termination-requested"])));
  if (!reseller) refuseNotFound();
  if (reseller.mpaAcceptedOn) refuse(`${reseller.name} already signed the MPA on ${formatDate(reseller.mpaAcceptedOn)}.`);
  const [claimed] = await tx
    .insert(mpaReminders)
    .values({ providerId, resellerId, lastSentBy: actor.userId })
    .onConflictDoUpdate({
      target: [mpaReminders.providerId, mpaReminders.resellerId],
      set: { lastSentAt: sql`now()`, lastSentBy: actor.userId },
      setWhere: sql`${mpaReminders.lastSentAt} <= now() - make_interval(days => ${MPA_REMINDER_DAYS})`,
    })
    .returning({ lastSentAt: mpaReminders.lastSentAt });
  if (!claimed) {
    const [last] = await tx
      .select({ lastSentAt: mpaReminders.lastSentAt })
      .from(mpaReminders)
      .where(and(eq(mpaReminders.providerId, providerId), eq(mpaReminders.resellerId, resellerId)));
    refuse(`You reminded ${reseller.name} on ${formatDate(last!.lastSentAt)}. You can send the next reminder ${MPA_REMINDER_DAYS} days after that.`);
  }
  await mpaReminder(tx, { resellerId, providerName: actor.organizationName });
  return { resellerId, resellerName: reseller.name, lastSentAt: claimed.lastSentAt };
}
