import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { organizations, providerResellerRelationships as relationships, terminationRequests } from "@/lib/db/schema";
import { evaluate } from "@/lib/rules";
import { refuse, refuseNotFound } from "@/lib/errors";
import type { Actor } from "./actor";
import { ownPartnerFacts } from "./readiness";
import { partnerFactColumns, toRulesPartner, today } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";
import { fileTerminationRequest } from "./termination-requests";

async function ownReseller(tx: Tx, actor: Actor) {
  const facts = await ownPartnerFacts(tx, actor);
  if (facts.partnerType !== "indirect-reseller") refuse("Only an indirect reseller answers a provider's invitation.");
  return facts;
}

async function providerFacts(tx: Tx, providerId: string) {
  const [row] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, providerId));
  if (!row) refuseNotFound();
  return row;
}

/**
 * The reseller asks program support to end a relationship (TERMINATION-VIA-SUPPORT): a pending request is filed
 * and the relationship shows "termination requested" until support decides.
 */
export async function requestRelationshipEnd(tx: Tx, actor: Actor, relationshipId: string, reason: string) {
  const reseller = await ownReseller(tx, actor);
  const [relationship] = await tx
    .select({ id: relationships.id, status: relationships.status, providerId: relationships.providerId })
    .from(relationships)
    .where(and(eq(relationships.id, relationshipId), eq(relationships.resellerId, reseller.id)));
  if (!relationship) refuseNotFound();
  const provider = await providerFacts(tx, relationship.providerId);
  refuseUnlessAllowed(
    evaluate({
      action: "end-relationship",
      on: today(),
      actor: toRulesPartner(reseller),
      counterparty: toRulesPartner(provider),
      relationship: relationship.status,
      requestedBy: "partner",
    }),
  );

  const requestId = await fileTerminationRequest(tx, actor, relationship, reason);
  return { requestId, relationshipId: relationship.id, providerId: provider.id, before: relationship.status };
}

/**
 * The reseller withdraws its own pending request to end a relationship, before program support decides: the
 * relationship goes back to the status it had. Only the organization that filed the request can withdraw it; any
 * other id (another organization's request, a decided one) answers like a missing one.
 */
export async function withdrawRelationshipEnd(tx: Tx, actor: Actor, requestId: string) {
  const reseller = await ownReseller(tx, actor);
  const [request] = await tx
    .update(terminationRequests)
    .set({ status: "withdrawn", decidedAt: sql`now()`, decidedByUserId: actor.userId })
    .where(and(eq(terminationRequests.id, requestId), eq(terminationRequests.requestedByOrganizationId, reseller.id), eq(terminationRequests.status, "pending")))
    .returning({ relationshipId: terminationRequests.relationshipId, previousStatus: terminationRequests.previousStatus });
  if (!request) refuseNotFound();
  const [relationship] = await tx
    .update(relationships)
    .set({ status: request.previousStatus, terminationRequestedAt: null, updatedAt: sql`now()` })
    .where(and(eq(relationships.id, request.relationshipId), eq(relationships.resellerId, reseller.id), eq(relationships.status, "termination-requested")))
    .returning({ id: relationships.id, providerId: relationships.providerId, status: relationships.status });
  if (!relationship) refuse("The relationship is no longer waiting for program support.");
  return { relationshipId: relationship.id, providerId: relationship.providerId, resellerId: reseller.id, resellerName: reseller.legalName, status: relationship.status };
}
