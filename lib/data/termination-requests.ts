import "server-only";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { refuse, refuseNotFound } from "@/lib/errors";
import { getDb, type Tx } from "@/lib/db/client";
import {
  organizations,
  providerResellerRelationships as relationships,
  subscriptions,
  terminationRequests,
  users,
} from "@/lib/db/schema";
import { evaluate } from "@/lib/rules";
import type { RelationshipStatus } from "@/lib/db/schema";
import type { Actor } from "./actor";
import { partnerFactColumns, toRulesPartner, today } from "./rules-facts";
import { blockingFindings, refuseForRules, refuseUnlessAllowed } from "./verdicts";
import { terminationDecided, terminationRequested } from "@/lib/notifications/events";
import { webhookRelationshipChanged, webhookTerminationDecided, webhookTerminationRequested } from "./webhook-events";
import { ownPartnerFacts } from "./readiness";
import { can } from "@/lib/permissions";
import { auditTerminationRequested } from "./audit-events";

/**
 * The provider asks program support to end its live relationship with a reseller (TERMINATION-VIA-SUPPORT: a
 * partner's end is a request). The relationship becomes "termination-requested"; its status before is kept on the
 * request so that a rejection can put it back.
 */
export async function requestTermination(tx: Tx, actor: Actor, input: { resellerId: string; reason: string }) {
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) refuse("Only an indirect provider can request this.");
  const providerId = actor.organizationId;
  const [relationship] = await tx
    .select({ id: relationships.id, status: relationships.status, providerId: relationships.providerId, resellerId: relationships.resellerId, reseller: partnerFactColumns })
    .from(relationships)
    .innerJoin(organizations, eq(organizations.id, relationships.resellerId))
    .where(and(eq(relationships.providerId, providerId), eq(relationships.resellerId, input.resellerId), ne(relationships.status, "terminated")));
  // Another provider's reseller, or one it no longer works with, answers like a missing id.
  if (!relationship) refuseNotFound();
  const [provider] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, providerId));
  const verdict = evaluate({
    action: "end-relationship",
    on: today(),
    actor: toRulesPartner(provider!),
    counterparty: toRulesPartner(relationship.reseller),
    relationship: relationship.status,
    requestedBy: "partner",
  });
  if (!verdict.allowed) refuseForRules("This relationship cannot be ended.", blockingFindings(verdict));
  const requestId = await fileTerminationRequest(tx, actor, relationship, input.reason);
  return { requestId, relationshipId: relationship.id, previousStatus: relationship.status, resellerId: input.resellerId };
}

async function ownReseller(tx: Tx, actor: Actor) {
  const facts = await ownPartnerFacts(tx, actor);
  if (facts.partnerType !== "indirect-reseller") refuse("Only an indirect reseller answers a provider's invitation.");
  return facts;
}

async function providerFactsOf(tx: Tx, providerId: string) {
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
    .select({ id: relationships.id, status: relationships.status, providerId: relationships.providerId, resellerId: relationships.resellerId })
    .from(relationships)
    .where(and(eq(relationships.id, relationshipId), eq(relationships.resellerId, reseller.id)));
  if (!relationship) refuseNotFound();
  const provider = await providerFactsOf(tx, relationship.providerId);
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

/** Program support's queue: pending requests, oldest first. */
export async function listPendingTerminationRequests(actor: Actor) {
  if (!can(actor, "support.view")) return [];
  return listRequests(["pending"], "oldest-first", 200);
}

/** Program support's recent decisions, newest first, so a decision can be checked after the fact. */
export async function listDecidedTerminationRequests(actor: Actor, limit = 20) {
  if (!can(actor, "support.view")) return [];
  return listRequests(["approved", "rejected"], "newest-first", limit);
}

async function listRequests(statuses: ("pending" | "approved" | "rejected")[], order: "oldest-first" | "newest-first", limit: number) {
  const db = await getDb();
  const provider = alias(organizations, "provider");
  const reseller = alias(organizations, "reseller");
  const requester = alias(users, "requester");
  return db
    .select({
      id: terminationRequests.id,
      reason: terminationRequests.reason,
      status: terminationRequests.status,
      createdAt: terminationRequests.createdAt,
      decidedAt: terminationRequests.decidedAt,
      decisionNote: terminationRequests.decisionNote,
      previousStatus: terminationRequests.previousStatus,
      requestedByName: requester.name,
      providerName: provider.legalName,
      providerPartnerId: provider.partnerId,
      resellerName: reseller.legalName,
      resellerPartnerId: reseller.partnerId,
      /** Active subscriptions the provider bills with this reseller of record: what an approval leaves running. */
      activeSubscriptions: sql<number>`(select count(*) from ${subscriptions} where ${subscriptions.billingPartnerId} = ${relationships.providerId}
        and ${subscriptions.resellerOfRecordId} = ${relationships.resellerId} and ${subscriptions.status} = 'active')`.mapWith(Number),
    })
    .from(terminationRequests)
    .innerJoin(relationships, eq(relationships.id, terminationRequests.relationshipId))
    .innerJoin(provider, eq(provider.id, relationships.providerId))
    .innerJoin(reseller, eq(reseller.id, relationships.resellerId))
    .leftJoin(requester, eq(requester.id, terminationRequests.requestedByUserId))
    .where(inArray(terminationRequests.status, statuses))
    .orderBy(order === "oldest-first" ? asc(terminationRequests.createdAt) : desc(terminationRequests.decidedAt))
    .limit(limit);
}

/**
 * Program support decides a pending request. Approval ends the relationship (the rules' end-relationship with
 * `requestedBy: "program-support"`); rejection puts it back to its status before the request. The request is
 * claimed with a conditional UPDATE, so two support agents deciding at once cannot both win.
 */
export async function decideTerminationRequest(
  tx: Tx,
  actor: Actor,
  input: { requestId: string; decision: "approve" | "reject"; note: string },
) {
  if (!can(actor, "support.decide-termination")) refuse("Only program support decides these requests.");
  if (input.decision === "reject" && !input.note) refuse("Say why the request is rejected; the provider sees the note.", { note: ["Say why the request is rejected."] });
  const [request] = await tx
    .update(terminationRequests)
    .set({
      status: input.decision === "approve" ? "approved" : "rejected",
      decidedAt: sql`now()`,
      decidedByUserId: actor.userId,
      decisionNote: input.note || null,
    })
    .where(and(eq(terminationRequests.id, input.requestId), eq(terminationRequests.status, "pending")))
    .returning({ relationshipId: terminationRequests.relationshipId, previousStatus: terminationRequests.previousStatus });
  if (!request) refuse("This request has already been decided, or does not exist.");

  const [relationship] = await tx
    .select({ id: relationships.id, status: relationships.status, providerId: relationships.providerId, resellerId: relationships.resellerId })
    .from(relationships)
    .where(eq(relationships.id, request.relationshipId));
  const [providerFacts] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, relationship!.providerId));
  const [resellerFacts] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, relationship!.resellerId));

  if (input.decision === "approve") {
    const verdict = evaluate({
      action: "end-relationship",
      on: today(),
      actor: toRulesPartner(providerFacts!),
      counterparty: toRulesPartner(resellerFacts!),
      relationship: relationship!.status,
      requestedBy: "program-support",
    });
    if (!verdict.allowed) refuseForRules("This relationship cannot be ended.", blockingFindings(verdict));
  }
  const [updated] = await tx
    .update(relationships)
    .set(
      input.decision === "approve"
        ? { status: "terminated", terminatedAt: sql`now()`, updatedAt: sql`now()` }
        : { status: request.previousStatus, terminationRequestedAt: null, updatedAt: sql`now()` },
    )
    .where(and(eq(relationships.id, request.relationshipId), eq(relationships.status, "termination-requested")))
    .returning({ id: relationships.id, status: relationships.status });
  if (!updated) refuse("The relationship is no longer waiting for this decision.");
  await terminationDecided(tx, { providerId: relationship!.providerId, resellerId: relationship!.resellerId, approved: input.decision === "approve", note: input.note });
  const parties = { relationshipId: updated.id, providerId: relationship!.providerId, resellerId: relationship!.resellerId };
  await webhookTerminationDecided(tx, { ...parties, requestId: input.requestId, approved: input.decision === "approve", note: input.note });
  if (input.decision === "approve") await webhookRelationshipChanged(tx, { ...parties, status: "terminated" });
  return {
    relationshipId: updated.id,
    status: updated.status,
    providerId: relationship!.providerId,
    resellerId: relationship!.resellerId,
  };
}

/**
 * Files a request to end a live relationship, for program support to decide (TERMINATION-VIA-SUPPORT), from either
 * side; the caller has checked that the actor is a party and that the rules allow the request. The relationship
 * shows "termination requested" until support decides; a rejection puts back the status it had.
 */
export async function fileTerminationRequest(
  tx: Tx,
  actor: Actor,
  relationship: { id: string; status: RelationshipStatus; providerId: string; resellerId: string },
  reason: string,
): Promise<string> {
  if (relationship.status !== "active" && relationship.status !== "suspended") {
    refuse(
      relationship.status === "termination-requested"
        ? "An end to this relationship is already requested; program support will decide."
        : "Only an active or suspended relationship can be ended; this one was never accepted. Revoke or decline its invitation instead.",
    );
  }
  const [updated] = await tx
    .update(relationships)
    .set({ status: "termination-requested", terminationRequestedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(relationships.id, relationship.id), eq(relationships.status, relationship.status)))
    .returning({ id: relationships.id });
  if (!updated) refuse("The relationship changed while you were looking at it. Reload the page and try again.");
  const [request] = await tx
    .insert(terminationRequests)
    .values({
      relationshipId: relationship.id,
      requestedByOrganizationId: actor.organizationId!,
      requestedByUserId: actor.userId,
      reason,
      previousStatus: relationship.status,
    })
    .onConflictDoNothing()
    .returning({ id: terminationRequests.id });
  if (!request) refuse("An end to this relationship is already requested; program support will decide.");
  await auditTerminationRequested(tx, actor, { relationshipId: relationship.id, providerId: relationship.providerId, resellerId: relationship.resellerId, requestId: request.id, previousStatus: relationship.status, reason });
  await terminationRequested(tx, {
    providerId: relationship.providerId,
    resellerId: relationship.resellerId,
    requestedBy: relationship.providerId === actor.organizationId ? "provider" : "reseller",
    reason,
  });
  await webhookTerminationRequested(tx, {
    requestId: request.id,
    relationshipId: relationship.id,
    providerId: relationship.providerId,
    resellerId: relationship.resellerId,
    requestedBy: relationship.providerId === actor.organizationId ? "provider" : "reseller",
    reason,
  });
  return request.id;
}
