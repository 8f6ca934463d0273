import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organizations, providerResellerRelationships as relationships } from "@/lib/db/schema";
import type { Actor } from "./actor";

/** A provider's resellers; only the provider's own relationships, never another's. */
export async function listResellersOfProvider(actor: Actor) {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) return [];
  const db = await getDb();
  return db
    .select({
      relationshipId: relationships.id,
      status: relationships.status,
      resellerId: organizations.id,
      legalName: organizations.legalName,
      partnerId: organizations.partnerId,
      country: organizations.country,
      region: organizations.region,
      mpaAcceptedOn: organizations.mpaAcceptedOn,
    })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(and(eq(relationships.providerId, actor.organizationId)))
    .orderBy(asc(organizations.legalName));
}
