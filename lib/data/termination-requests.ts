import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import {
  organizations,
  providerResellerRelationships as relationships,
  terminationRequests,
} from "@/lib/db/schema";
import type { Actor } from "./actor";

/** Program support's queue of relationship-termination requests waiting for a decision. */
export async function listPendingTerminationRequests(actor: Actor) {
  if (actor.role !== "support") return [];
  const db = await getDb();
  const provider = alias(organizations, "provider");
  const reseller = alias(organizations, "reseller");
  return db
    .select({
      id: terminationRequests.id,
      reason: terminationRequests.reason,
      createdAt: terminationRequests.createdAt,
      providerName: provider.legalName,
      resellerName: reseller.legalName,
    })
    .from(terminationRequests)
    .innerJoin(relationships, eq(relationships.id, terminationRequests.relationshipId))
    .innerJoin(provider, eq(provider.id, relationships.providerId))
    .innerJoin(reseller, eq(reseller.id, relationships.resellerId))
    .where(eq(terminationRequests.status, "pending"))
    .orderBy(asc(terminationRequests.createdAt));
}
