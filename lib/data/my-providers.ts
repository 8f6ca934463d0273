import "server-only";
import { and, asc, desc, eq, notExists, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { invitations, organizations, providerResellerRelationships } from "@/lib/db/schema";
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

/**
 * Indirect providers in the reseller's own CSP region that it does not work with yet: whom a reseller without a
 * provider can contact (only a provider in the same region can have it, SAME-REGION-RELATIONSHIP). Public details
 * only: name, Partner ID, country and the contact details the provider keeps in its organization settings.
 */
export async function listProvidersToContact(actor: Actor, limit = 20) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) return [];
  const db = await getDb();
  const [own] = await db.select({ region: organizations.region }).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!own) return [];
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.legalName,
      partnerId: organizations.partnerId,
      country: organizations.country,
      website: sql<string | null>`${organizations.onboardingDetails}->>'website'`,
      phone: sql<string | null>`${organizations.onboardingDetails}->>'phone'`,
      contactEmail: sql<string | null>`${organizations.onboardingDetails}->>'contactEmail'`,
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnerType, "indirect-provider"),
        eq(organizations.region, own.region),
        notExists(
          db
            .select({ one: sql`1` })
            .from(providerResellerRelationships)
            .where(
              and(
                eq(providerResellerRelationships.providerId, organizations.id),
                eq(providerResellerRelationships.resellerId, actor.organizationId),
                sql`${providerResellerRelationships.status} <> 'terminated'`,
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(organizations.legalName))
    .limit(limit);
  return rows;
}
