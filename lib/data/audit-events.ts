import "server-only";
import type { Tx } from "@/lib/db/client";
import type { RelationshipStatus } from "@/lib/db/schema";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";

/**
 * One helper per audit event kind that more than one path writes, called by the data function that makes the change,
 * in its transaction: two ways to the same act (by link and by id, from either side) record the same event.
 */

/** A reseller accepted a provider's invitation (by link or from "My providers"). */
export function auditInvitationAccepted(tx: Tx, actor: Actor, event: { invitationId: string; relationshipId: string; providerId: string }) {
  return writeAudit(tx, actor, {
    action: "invitation.accepted",
    entityType: "invitation",
    entityId: event.invitationId,
    subjects: [event.providerId],
    after: { relationshipId: event.relationshipId },
  });
}

/** A relationship became active: the accepted invitation linked the pair. */
export function auditRelationshipActivated(tx: Tx, actor: Actor, event: { invitationId: string; relationshipId: string; providerId: string; providerName: string }) {
  return writeAudit(tx, actor, {
    action: "relationship.activated",
    entityType: "relationship",
    entityId: event.relationshipId,
    subjects: [event.providerId],
    after: { status: "active", provider: event.providerName, invitationId: event.invitationId },
  });
}

/** A reseller declined a provider's invitation (by link or from "My providers"). */
export function auditInvitationDeclined(tx: Tx, actor: Actor, event: { invitationId: string; providerId: string; providerName: string }) {
  return writeAudit(tx, actor, {
    action: "invitation.declined",
    entityType: "invitation",
    entityId: event.invitationId,
    subjects: [event.providerId],
    after: { provider: event.providerName },
  });
}

/** Either side of a relationship asked program support to end it; both organizations see it in their history. */
export function auditTerminationRequested(
  tx: Tx,
  actor: Actor,
  event: { relationshipId: string; providerId: string; resellerId: string; requestId: string; previousStatus: RelationshipStatus; reason: string },
) {
  return writeAudit(tx, actor, {
    action: "relationship.termination-requested",
    entityType: "relationship",
    entityId: event.relationshipId,
    subjects: [event.providerId, event.resellerId],
    before: { status: event.previousStatus },
    after: { status: "termination-requested", requestId: event.requestId, reason: event.reason },
  });
}

/** A provider invited a reseller (from the invitations page or the partner API). */
export function auditInvitationCreated(tx: Tx, actor: Actor, invitation: { id: string; email: string | null; partnerId: string | null; expiresAt: Date }) {
  return writeAudit(tx, actor, {
    action: "invitation.created",
    entityType: "invitation",
    entityId: invitation.id,
    after: { email: invitation.email, partnerId: invitation.partnerId, expiresAt: invitation.expiresAt },
  });
}

/** A provider revoked one of its pending invitations (from the invitations page or the partner API). */
export function auditInvitationRevoked(tx: Tx, actor: Actor, invitation: { id: string; email: string | null }) {
  return writeAudit(tx, actor, { action: "invitation.revoked", entityType: "invitation", entityId: invitation.id, after: { email: invitation.email } });
}
