import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { invitations, organizations } from "@/lib/db/schema";
import type { Actor } from "./actor";
import { invitationAddressedTo, invitationIsOpen } from "./invitations";

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
    .where(and(invitationAddressedTo(db, actor), invitationIsOpen))
    .orderBy(desc(invitations.createdAt));
}
