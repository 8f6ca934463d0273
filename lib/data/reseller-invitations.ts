import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import {
  invitations,
  organizations,
  providerResellerRelationships as relationships,
} from "@/lib/db/schema";
import { evaluate } from "@/lib/rules";
import { refuse, refuseNotFound } from "@/lib/actions/define-action";
import type { Actor } from "./actor";
import { ownPartnerFacts } from "./readiness";
import { invitationAddressedTo, invitationIsOpen } from "./my-providers";
import { partnerFactColumns, toRulesPartner, today } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";
import { fileTerminationRequest } from "./termination-requests";
import { linkClaimedInvitation } from "./invitations";

const NOT_OPEN = "This invitation is no longer open: it was accepted, declined, revoked or it expired.";

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

/** An invitation addressed to the actor's organization (open or not); another's is "not found". */
async function addressedInvitation(tx: Tx, resellerId: string, invitationId: string) {
  const [row] = await tx
    .select({ id: invitations.id, providerId: invitations.providerId, open: sql<boolean>`${invitationIsOpen}` })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), invitationAddressedTo(tx, resellerId)));
  if (!row) refuseNotFound();
  if (!row.open) refuse(NOT_OPEN);
  return row;
}

/**
 * The reseller accepts a provider's invitation: the rules decide (another region is refused with
 * SAME-REGION-RELATIONSHIP), then a conditional update claims the invitation, so two people accepting at once
 * make exactly one relationship; the unique live-pair index backs that up.
 */
export async function acceptInvitationById(tx: Tx, actor: Actor, invitationId: string) {
  const reseller = await ownReseller(tx, actor);
  const invitation = await addressedInvitation(tx, reseller.id, invitationId);
  const provider = await providerFacts(tx, invitation.providerId);
  const [claimed] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedByOrganizationId: reseller.id })
    .where(and(eq(invitations.id, invitation.id), invitationIsOpen))
    .returning({ id: invitations.id, createdAt: invitations.createdAt });
  if (!claimed) refuse(NOT_OPEN);
  const relationshipId = await linkClaimedInvitation(tx, claimed, provider, reseller);
  return { invitationId: invitation.id, relationshipId, providerId: provider.id, providerName: provider.legalName };
}

/** The reseller declines an open invitation addressed to it. */
export async function declineInvitationById(tx: Tx, actor: Actor, invitationId: string) {
  const reseller = await ownReseller(tx, actor);
  const invitation = await addressedInvitation(tx, reseller.id, invitationId);
  const [declined] = await tx
    .update(invitations)
    .set({ declinedAt: sql`now()` })
    .where(and(eq(invitations.id, invitation.id), invitationIsOpen, invitationAddressedTo(tx, reseller.id)))
    .returning({ id: invitations.id });
  if (!declined) refuse(NOT_OPEN);
  return { invitationId: invitation.id, providerId: invitation.providerId };
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
