import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { refuse, refuseNotFound } from "@/lib/actions/define-action";
import { getDb, type Tx } from "@/lib/db/client";
import { invitations, organizations, providerResellerRelationships as relationships } from "@/lib/db/schema";
import { evaluate, type Verdict } from "@/lib/rules";
import { formatDate } from "@/lib/format";
import type { Actor } from "./actor";
import { partnerFactColumns, toRulesPartner, today, type PartnerFacts } from "./rules-facts";
import { blockingFindings, refusalMessage } from "./verdicts";

/** How long an invitation link works. */
export const INVITATION_DAYS = 14;

export type InvitationState = "pending" | "accepted" | "declined" | "revoked" | "expired";

/** The link's secret: 32 random bytes. Only its SHA-256 is stored, so a database leak reveals no working link. */
function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function stateOf(row: { acceptedAt: Date | null; declinedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.declinedAt) return "declined";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "pending";
}

function providerOf(actor: Actor): string | null {
  return actor.partnerType === "indirect-provider" && actor.organizationId ? actor.organizationId : null;
}

/** Makes a single-use invitation; the token comes back once, for the link, and is never stored. */
export async function createInvitation(tx: Tx, actor: Actor, input: { email: string; partnerId?: string }) {
  const providerId = providerOf(actor);
  if (!providerId) refuse("Only an indirect provider can invite resellers.");
  const token = newToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      providerId,
      email: input.email,
      partnerId: input.partnerId ?? null,
      tokenHash: hashInvitationToken(token),
      createdByUserId: actor.userId,
      expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})`,
    })
    .returning({ id: invitations.id, expiresAt: invitations.expiresAt, email: invitations.email, partnerId: invitations.partnerId });
  return { ...row!, token };
}

/** The provider's invitations, newest first, with their state; never another provider's. */
export async function listInvitationsOfProvider(actor: Actor, limit = 50) {
  const providerId = providerOf(actor);
  if (!providerId) return [];
  const db = await getDb();
  const reseller = alias(organizations, "reseller");
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      partnerId: invitations.partnerId,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      declinedAt: invitations.declinedAt,
      revokedAt: invitations.revokedAt,
      acceptedByName: reseller.legalName,
      acceptedById: reseller.id,
    })
    .from(invitations)
    .leftJoin(reseller, eq(reseller.id, invitations.acceptedByOrganizationId))
    .where(eq(invitations.providerId, providerId))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
  const now = new Date();
  return rows.map((row) => ({ ...row, state: stateOf(row, now) }));
}

/** Revokes one of the provider's own pending invitations; anything else (another's, used, expired) is refused alike. */
export async function revokeInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const providerId = providerOf(actor);
  if (!providerId) refuse("Only an indirect provider can revoke its invitations.");
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.providerId, providerId),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: invitations.id, email: invitations.email });
  if (!row) {
    // Only the provider's own invitation may say why it cannot be revoked; another's answers like a missing id.
    const [own] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.providerId, providerId)));
    if (!own) refuseNotFound();
    refuse("This invitation is no longer pending, so there is nothing to revoke.");
  }
  return row;
}

type LoadedInvitation = {
  id: string;
  providerId: string;
  partnerId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedByOrganizationId: string | null;
  declinedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  provider: PartnerFacts;
};

async function loadByToken(db: Tx | Awaited<ReturnType<typeof getDb>>, token: string): Promise<LoadedInvitation | null> {
  const [row] = await db
    .select({
      id: invitations.id,
      providerId: invitations.providerId,
      partnerId: invitations.partnerId,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      acceptedByOrganizationId: invitations.acceptedByOrganizationId,
      declinedAt: invitations.declinedAt,
      revokedAt: invitations.revokedAt,
      createdAt: invitations.createdAt,
      provider: partnerFactColumns,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.providerId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  return row ?? null;
}

async function resellerFacts(db: Tx | Awaited<ReturnType<typeof getDb>>, organizationId: string) {
  const [row] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, organizationId));
  return row ?? null;
}

async function livePairStatus(db: Tx | Awaited<ReturnType<typeof getDb>>, providerId: string, resellerId: string) {
  const [row] = await db
    .select({ id: relationships.id, status: relationships.status })
    .from(relationships)
    .where(and(eq(relationships.providerId, providerId), eq(relationships.resellerId, resellerId), ne(relationships.status, "terminated")));
  return row ?? null;
}

/** Why an invitation cannot be answered any more, in words for the invited reseller; null when it still can. */
function closedReason(invitation: LoadedInvitation, organizationId: string, state: InvitationState): string | null {
  switch (state) {
    case "pending":
      return null;
    case "accepted":
      return invitation.acceptedByOrganizationId === organizationId
        ? "Your organization has already accepted this invitation."
        : "This invitation has already been used.";
    case "declined":
      return "This invitation was declined; ask the provider for a new one if you changed your mind.";
    case "revoked":
      return "The provider revoked this invitation. Ask them for a new one.";
    case "expired":
      return `This invitation expired on ${formatDate(invitation.expiresAt)}. Ask the provider for a new one.`;
  }
}

function partnerIdMismatch(invitation: LoadedInvitation, reseller: PartnerFacts): string | null {
  if (!invitation.partnerId || invitation.partnerId === reseller.partnerId) return null;
  return `This invitation is for Partner ID ${invitation.partnerId}, but your organization's Partner ID is ${reseller.partnerId}.`;
}

function linkVerdict(reseller: PartnerFacts, provider: PartnerFacts, relationship: string | undefined): Verdict {
  return evaluate({
    action: "link-provider-reseller",
    on: today(),
    actor: toRulesPartner(reseller),
    counterparty: toRulesPartner(provider),
    ...(relationship ? { relationship: relationship as never } : {}),
  });
}

export type InvitationView = {
  providerName: string;
  providerCountry: string;
  providerRegion: string;
  expiresAt: Date;
  state: InvitationState;
  /** Why the signed-in reseller cannot answer, or null when it can accept or decline. */
  closed: string | null;
  /** The signed-in reseller's organization is the one that accepted it. */
  acceptedByYou: boolean;
  /** What the rules say about linking this reseller with the provider. */
  verdict: Verdict;
  existingStatus: string | null;
};

/**
 * What the invited reseller sees behind the link. Holding the token is what entitles one to see the provider's
 * name; an unknown token answers null, like a missing page.
 */
export async function getInvitationForReseller(actor: Actor, token: string): Promise<InvitationView | null> {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) return null;
  const db = await getDb();
  const invitation = await loadByToken(db, token);
  if (!invitation) return null;
  const reseller = await resellerFacts(db, actor.organizationId);
  if (!reseller) return null;
  const existing = await livePairStatus(db, invitation.providerId, reseller.id);
  const state = stateOf(invitation);
  const mismatch = state === "pending" ? partnerIdMismatch(invitation, reseller) : null;
  return {
    providerName: invitation.provider.legalName,
    providerCountry: invitation.provider.country,
    providerRegion: invitation.provider.region,
    expiresAt: invitation.expiresAt,
    state,
    closed: closedReason(invitation, reseller.id, state) ?? mismatch,
    acceptedByYou: state === "accepted" && invitation.acceptedByOrganizationId === reseller.id,
    verdict: linkVerdict(reseller, invitation.provider, existing?.status),
    existingStatus: existing?.status ?? null,
  };
}

/**
 * The invited reseller accepts. One conditional UPDATE claims the invitation (`accepted_at is null`), so of two people
 * accepting at once exactly one wins; then the rules decide (SAME-REGION-RELATIONSHIP and the rest), and a refusal
 * rolls the claim back. The unique live-pair index keeps the pair to one live relationship even across two invitations.
 */
export async function acceptInvitation(tx: Tx, actor: Actor, token: string) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) refuse("Only an indirect reseller can accept a provider's invitation.");
  const invitation = await loadByToken(tx, token);
  if (!invitation) refuse("This invitation link is not valid. Check that you copied all of it.");
  const reseller = (await resellerFacts(tx, actor.organizationId))!;
  const closed = closedReason(invitation, reseller.id, stateOf(invitation)) ?? partnerIdMismatch(invitation, reseller);
  if (closed) refuse(closed);

  // Claim first: the row lock makes a concurrent acceptance of the same link wait here and then find it taken.
  const [claimed] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedByOrganizationId: reseller.id })
    .where(
      and(
        eq(invitations.id, invitation.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: invitations.id });
  if (!claimed) refuse("This invitation has just been accepted or withdrawn by someone else. Reload the page to see its state.");

  const relationshipId = await linkClaimedInvitation(tx, invitation, invitation.provider, reseller);
  return { invitationId: invitation.id, relationshipId, providerId: invitation.providerId, providerName: invitation.provider.legalName };
}

/**
 * The second half of accepting an invitation, by link or by id, once the caller has claimed it (the claim comes
 * first, so a concurrent acceptance waits on the row and then finds it taken): the rules decide the link, an invited
 * pair becomes active or a new active relationship is made, and the invitation records it.
 */
export async function linkClaimedInvitation(
  tx: Tx,
  invitation: { id: string; createdAt: Date },
  provider: PartnerFacts,
  reseller: PartnerFacts,
): Promise<string> {
  const existing = await livePairStatus(tx, provider.id, reseller.id);
  const verdict = linkVerdict(reseller, provider, existing?.status);
  if (!verdict.allowed) refuse(refusalMessage(`You cannot link with ${provider.legalName}.`, blockingFindings(verdict)));
  if (existing && existing.status !== "invited") {
    refuse(`You already have a relationship with ${provider.legalName} (${existing.status}).`);
  }
  const relationship = existing
    ? await activateInvited(tx, existing.id)
    : await insertActive(tx, provider.id, reseller.id, invitation.createdAt);
  if (!relationship) refuse(`You already have a relationship with ${provider.legalName}.`);
  await tx.update(invitations).set({ relationshipId: relationship.id }).where(eq(invitations.id, invitation.id));
  return relationship.id;
}

async function activateInvited(tx: Tx, relationshipId: string) {
  const [row] = await tx
    .update(relationships)
    .set({ status: "active", activatedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(relationships.id, relationshipId), eq(relationships.status, "invited")))
    .returning({ id: relationships.id });
  return row ?? null;
}

async function insertActive(tx: Tx, providerId: string, resellerId: string, invitedAt: Date) {
  // A concurrent acceptance of another invitation for the same pair loses here: the partial unique index on live
  // pairs turns its insert into "nothing", which is refused above instead of surfacing as a database error.
  const [row] = await tx
    .insert(relationships)
    .values({ providerId, resellerId, status: "active", invitedAt, activatedAt: sql`now()` })
    .onConflictDoNothing()
    .returning({ id: relationships.id });
  return row ?? null;
}

/** The invited reseller declines; the invitation can then no longer be used. */
export async function declineInvitation(tx: Tx, actor: Actor, token: string) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) refuse("Only an indirect reseller can decline a provider's invitation.");
  const invitation = await loadByToken(tx, token);
  if (!invitation) refuse("This invitation link is not valid. Check that you copied all of it.");
  const reseller = (await resellerFacts(tx, actor.organizationId))!;
  const closed = closedReason(invitation, reseller.id, stateOf(invitation)) ?? partnerIdMismatch(invitation, reseller);
  if (closed) refuse(closed);
  const [row] = await tx
    .update(invitations)
    .set({ declinedAt: sql`now()` })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.declinedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  if (!row) refuse("This invitation has just been answered by someone else. Reload the page to see its state.");
  return { invitationId: invitation.id, providerId: invitation.providerId, providerName: invitation.provider.legalName };
}
