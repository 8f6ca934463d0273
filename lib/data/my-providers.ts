import "server-only";
import { and, desc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { invitations, organizations, users } from "@/lib/db/schema";
import type { Actor } from "./actor";

/** Invitations addressed to the reseller: by its Partner ID, or to the email of one of its users. */
export function invitationAddressedTo(db: Db | Tx, organizationId: string) {
  const ownPartnerId = db.select({ partnerId: organizations.partnerId }).from(organizations).where(eq(organizations.id, organizationId));
  const ownEmails = db.select({ email: sql`lower(${users.email})` }).from(users).where(eq(users.organizationId, organizationId));
  return or(sql`${invitations.partnerId} in ${ownPartnerId}`, sql`lower(${invitations.email}) in ${ownEmails}`);
}

/** Still open: not accepted, declined or revoked, and not expired (by the database's clock). */
export const invitationIsOpen = and(
  isNull(invitations.acceptedAt),
  isNull(invitations.declinedAt),
  isNull(invitations.revokedAt),
  gt(invitations.expiresAt, sql`now()`),
);

/** Open invitations addressed to the actor's reseller organization, with the inviting provider's public details. */
export async function listPendingInvitations(actor: Actor) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) return [];
  const db = await getDb();
  return db
    .select({
      invitationId: invitations.id,
      invitedAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      providerName: organizations.legalName,
      providerPartnerId: organizations.partnerId,
      providerCountry: organizations.country,
      providerRegion: organizations.region,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.providerId))
    .where(and(invitationAddressedTo(db, actor.organizationId), invitationIsOpen))
    .orderBy(desc(invitations.createdAt));
}
