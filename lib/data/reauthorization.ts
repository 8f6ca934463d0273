import "server-only";
import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organizations, providerResellerRelationships as relationships, reauthorizationWarnings } from "@/lib/db/schema";
import { nextReauthorization, warningFor } from "@/lib/readiness/reauthorization";
import { reauthorizationDue } from "@/lib/notifications/events";
import type { JobHandler } from "@/lib/jobs/types";
import type { Actor } from "./actor";
import { today } from "./rules-facts";

/** The actor's own organization's next yearly re-authorization (indirect resellers with an anniversary only). */
export async function getOwnReauthorization(actor: Actor) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) return null;
  const db = await getDb();
  const [row] = await db
    .select({ anniversary: organizations.authorizationAnniversary })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  if (!row?.anniversary) return null;
  return { anniversary: row.anniversary, ...nextReauthorization(row.anniversary, today()) };
}

/**
 * The daily job: for every reseller whose re-authorization is 90, 60 or 30 days away (the nearest threshold reached),
 * notify its admins and its providers, once. The (organization, due date, threshold) row is claimed first in the same
 * transaction, so a second run, or two runners at once, send nothing again.
 */
export async function sendReauthorizationWarnings(on: string = today()): Promise<{ sent: number }> {
  const db = await getDb();
  const resellers = await db
    .select({ id: organizations.id, name: organizations.legalName, anniversary: organizations.authorizationAnniversary })
    .from(organizations)
    .where(and(eq(organizations.partnerType, "indirect-reseller"), isNotNull(organizations.authorizationAnniversary)));
  let sent = 0;
  for (const reseller of resellers) {
    const { dueOn, daysLeft } = nextReauthorization(reseller.anniversary!, on);
    const days = warningFor(daysLeft);
    if (days === null) continue;
    const claimed = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(reauthorizationWarnings)
        .values({ organizationId: reseller.id, dueOn, daysBefore: days })
        .onConflictDoNothing()
        .returning({ organizationId: reauthorizationWarnings.organizationId });
      if (!row) return false;
      const providers = await tx
        .select({ id: relationships.providerId })
        .from(relationships)
        .where(and(eq(relationships.resellerId, reseller.id), inArray(relationships.status, ["active", "suspended", "termination-requested"]), ne(relationships.providerId, reseller.id)));
      await reauthorizationDue(tx, { resellerId: reseller.id, resellerName: reseller.name, dueOn, daysLeft, providerIds: providers.map((provider) => provider.id) });
      return true;
    });
    if (claimed) sent++;
  }
  return { sent };
}

/** The job queue's entry point (a daily recurring job; see lib/jobs/handlers.ts). */
export const reauthorizationWarningsJob: JobHandler = async (payload: { on?: unknown }) => {
  const on = typeof payload?.on === "string" && /^\d{4}-\d{2}-\d{2}$/.test(payload.on) ? payload.on : today();
  return sendReauthorizationWarnings(on);
};
