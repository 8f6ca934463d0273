import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { refuse, refuseNotFound } from "@/lib/errors";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { invitations, organizations, providerResellerRelationships as relationships } from "@/lib/db/schema";
import type { Verdict } from "@/lib/rules";
import { formatDate } from "@/lib/labels";
import { queueEmail } from "@/lib/email/outbox";
import { invitationMessage } from "@/lib/email/messages";
import { recipientLocale } from "@/lib/email/locale";
import { invitationAnswered, invitationReceived } from "@/lib/notifications/events";
import { webhookInvitationAnswered, webhookRelationshipChanged } from "./webhook-events";
import type { Actor } from "./actor";
import { invitationIsOpen, inviteRefusal, linkVerdict, loadInviteFacts, NO_ADDRESSEE, type InviteCandidate } from "./invitation-checks";
import { auditInvitationAccepted, auditInvitationCreated, auditInvitationDeclined, auditRelationshipActivated } from "./audit-events";
import { partnerFactColumns, type PartnerFacts } from "./rules-facts";
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

export { invitationIsOpen, NO_ADDRESSEE };

/** Mails the link to the invitation's email address, if it has one, in the caller's transaction. */
async function mailInvitation(tx: Tx, providerId: string, invitation: { email: string | null; partnerId: string | null; expiresAt: Date }, token: string) {
  if (!invitation.email) return;
  const [provider] = await tx.select({ name: organizations.legalName, country: organizations.country }).from(organizations).where(eq(organizations.id, providerId));
  await queueEmail(tx, invitationMessage({ to: invitation.email, providerName: provider!.name, providerCountry: provider!.country, partnerId: invitation.partnerId, token, expiresAt: invitation.expiresAt, locale: await recipientLocale(tx, null) }));
}

/**
 * Makes a single-use invitation addressed to a Partner ID, an email, or both (never neither), mails the link to the
 * email and records the "invitation.created" event. The checks are `inviteRefusal`'s, the same for the form and for
 * each row of an import. The token comes back once, for the link, and is never stored.
 */
export async function createInvitation(tx: Tx, actor: Actor, input: InviteCandidate) {
  const providerId = providerOf(actor);
  if (!providerId) refuse("Only an indirect provider can invite resellers.");
  const refusal = inviteRefusal(await loadInviteFacts(tx, providerId, [input]), input);
  if (refusal) refuse(refusal.reason, { [refusal.field]: [refusal.reason] });
  const token = newToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      providerId,
      email: input.email || null,
      partnerId: input.partnerId || null,
      tokenHash: hashInvitationToken(token),
      createdByUserId: actor.userId,
      expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})`,
    })
    .returning({ id: invitations.id, expiresAt: invitations.expiresAt, email: invitations.email, partnerId: invitations.partnerId });
  await mailInvitation(tx, providerId, row!, token);
  await invitationReceived(tx, { providerId, partnerId: row!.partnerId, alreadyEmailed: row!.email });
  await auditInvitationCreated(tx, actor, row!);
  return { ...row!, token };
}

/**
 * Sends one of the provider's own unanswered invitations again with a new token, so only the newest link works;
 * an expired one gets a new expiry. Answered, revoked and other providers' invitations are refused.
 */
export async function resendInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const providerId = providerOf(actor);
  if (!providerId) refuse("Only an indirect provider can resend its invitations.");
  const [own] = await tx
    .select({ id: invitations.id, acceptedAt: invitations.acceptedAt, declinedAt: invitations.declinedAt, revokedAt: invitations.revokedAt, recent: sql<boolean>`${invitations.lastSentAt} > now() - interval '1 minute'` })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.providerId, providerId)));
  if (!own) refuseNotFound();
  if (own.acceptedAt || own.declinedAt || own.revokedAt) refuse("This invitation was already answered or revoked, so there is nothing to resend. Create a new one.");
  if (own.recent) refuse("This invitation was sent less than a minute ago. Give the mail a moment to arrive.");
  const token = newToken();
  const [row] = await tx
    .update(invitations)
    .set({ tokenHash: hashInvitationToken(token), lastSentAt: sql`now()`, expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})` })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt), isNull(invitations.declinedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id, expiresAt: invitations.expiresAt, email: invitations.email, partnerId: invitations.partnerId });
  if (!row) refuse("This invitation has just been answered. Reload the page to see its state.");
  await mailInvitation(tx, providerId, row, token);
  return { ...row, token };
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
  email: string | null;
  partnerId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedByOrganizationId: string | null;
  declinedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  provider: PartnerFacts;
};

/** How an invitation is named: by its link's token (a bearer secret) or by its id (from the reseller's own list). */
export type InvitationRef = { token: string } | { invitationId: string };

async function loadInvitation(db: Tx | Awaited<ReturnType<typeof getDb>>, ref: InvitationRef): Promise<LoadedInvitation | null> {
  const [row] = await db
    .select({
      id: invitations.id,
      providerId: invitations.providerId,
      email: invitations.email,
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
    .where("token" in ref ? eq(invitations.tokenHash, hashInvitationToken(ref.token)) : eq(invitations.id, ref.invitationId));
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

/**
 * Whom an invitation reaches. A Partner ID, when it names one, decides: only the organization with that Partner ID.
 * Without one, the email decides: only a user with exactly that address. Either way only a user whose address is
 * proven, so signing up with someone else's email reaches nothing. Returns why not, or null when it does reach them.
 */
function notAddressedReason(invitation: Pick<LoadedInvitation, "partnerId" | "email">, reseller: PartnerFacts, actor: Actor): string | null {
  if (!actor.emailVerified) return "Confirm your email address first: open the link we sent you when you signed up.";
  if (invitation.partnerId) {
    return invitation.partnerId === reseller.partnerId
      ? null
      : `This invitation is for Partner ID ${invitation.partnerId}, but your organization's Partner ID is ${reseller.partnerId}.`;
  }
  return invitation.email?.toLowerCase() === actor.email.toLowerCase()
    ? null
    : "This invitation was sent to another email address. Ask the provider to invite your organization's Partner ID or your address.";
}

/**
 * The same rule in SQL, for lists: invitations that reach the actor (see notAddressedReason). An unverified user is
 * reached by none.
 */
export function invitationAddressedTo(db: Db | Tx, actor: Actor) {
  if (!actor.emailVerified || !actor.organizationId) return sql`false`;
  const ownPartnerId = db.select({ partnerId: organizations.partnerId }).from(organizations).where(eq(organizations.id, actor.organizationId));
  return or(
    sql`${invitations.partnerId} in ${ownPartnerId}`,
    and(isNull(invitations.partnerId), eq(sql`lower(${invitations.email})`, actor.email.toLowerCase())),
  )!;
}

/** Why an invitation cannot be answered any more, in words for the invited reseller; null when it still can. */
function closedReason(invitation: LoadedInvitation, organizationId: string | null, state: InvitationState): string | null {
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
  const invitation = await loadInvitation(db, { token });
  if (!invitation) return null;
  const reseller = await resellerFacts(db, actor.organizationId);
  if (!reseller) return null;
  const existing = await livePairStatus(db, invitation.providerId, reseller.id);
  const state = stateOf(invitation);
  return {
    providerName: invitation.provider.legalName,
    providerCountry: invitation.provider.country,
    providerRegion: invitation.provider.region,
    expiresAt: invitation.expiresAt,
    state,
    closed: closedReason(invitation, reseller.id, state) ?? notAddressedReason(invitation, reseller, actor),
    acceptedByYou: state === "accepted" && invitation.acceptedByOrganizationId === reseller.id,
    verdict: linkVerdict(reseller, invitation.provider, existing?.status),
    existingStatus: existing?.status ?? null,
  };
}

/** What a visitor holding the link but not signed in sees: who invites whom, to do what, until when. */
export async function getInvitationForVisitor(token: string) {
  const db = await getDb();
  const invitation = await loadInvitation(db, { token });
  if (!invitation) return null;
  return {
    providerName: invitation.provider.legalName,
    providerCountry: invitation.provider.country,
    providerRegion: invitation.provider.region,
    email: invitation.email,
    partnerId: invitation.partnerId,
    expiresAt: invitation.expiresAt,
    state: stateOf(invitation),
  };
}

/**
 * Finds the invitation a reseller admin answers and checks it reaches them, the same way by link and by id. By id
 * (from the reseller's own list), one that does not reach them answers like a missing one; by link, the holder of
 * the token is told why it does not apply to them.
 */
async function invitationToAnswer(tx: Tx, actor: Actor, ref: InvitationRef) {
  if (actor.partnerType !== "indirect-reseller" || !actor.organizationId) refuse("Only an indirect reseller answers a provider's invitation.");
  const invitation = await loadInvitation(tx, ref);
  const reseller = (await resellerFacts(tx, actor.organizationId))!;
  const notAddressed = invitation ? notAddressedReason(invitation, reseller, actor) : null;
  if ("invitationId" in ref && (!invitation || notAddressed)) refuseNotFound();
  if (!invitation) refuse("This invitation link is not valid. Check that you copied all of it.");
  const closed = closedReason(invitation, reseller.id, stateOf(invitation)) ?? notAddressed;
  if (closed) refuse(closed);
  return { invitation, reseller };
}

/**
 * The invited reseller accepts, by link or by id: one path. The invitation must reach them (Partner ID or proven
 * email, see notAddressedReason). One conditional UPDATE claims it, so of two people accepting at once exactly one
 * wins; then the rules decide (SAME-REGION-RELATIONSHIP and the rest), and a refusal rolls the claim back. The unique
 * live-pair index keeps the pair to one live relationship even across two invitations.
 */
export async function acceptInvitation(tx: Tx, actor: Actor, ref: InvitationRef) {
  const { invitation, reseller } = await invitationToAnswer(tx, actor, ref);
  // Claim first: the row lock makes a concurrent acceptance of the same link wait here and then find it taken.
  const [claimed] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedByOrganizationId: reseller.id })
    .where(and(eq(invitations.id, invitation.id), invitationIsOpen))
    .returning({ id: invitations.id });
  if (!claimed) refuse("This invitation has just been accepted or withdrawn by someone else. Reload the page to see its state.");

  const relationshipId = await linkClaimedInvitation(tx, invitation, invitation.provider, reseller);
  const accepted = { invitationId: invitation.id, relationshipId, providerId: invitation.providerId, providerName: invitation.provider.legalName };
  await auditInvitationAccepted(tx, actor, accepted);
  await auditRelationshipActivated(tx, actor, accepted);
  await invitationAnswered(tx, { providerId: invitation.providerId, resellerId: reseller.id, accepted: true });
  await webhookInvitationAnswered(tx, { invitationId: invitation.id, relationshipId, providerId: invitation.providerId, resellerId: reseller.id, accepted: true });
  await webhookRelationshipChanged(tx, { relationshipId, providerId: invitation.providerId, resellerId: reseller.id, status: "active" });
  return accepted;
}

/**
 * Once the caller has claimed the invitation: the rules decide the link, an invited pair becomes active or a new
 * active relationship is made, and the invitation records it.
 */
async function linkClaimedInvitation(
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

/** The invited reseller declines, by link or by id, with the same checks as accepting; the link then stops working. */
export async function declineInvitation(tx: Tx, actor: Actor, ref: InvitationRef) {
  const { invitation, reseller } = await invitationToAnswer(tx, actor, ref);
  const [row] = await tx
    .update(invitations)
    .set({ declinedAt: sql`now()` })
    .where(and(eq(invitations.id, invitation.id), invitationIsOpen))
    .returning({ id: invitations.id });
  if (!row) refuse("This invitation has just been answered by someone else. Reload the page to see its state.");
  const declined = { invitationId: invitation.id, providerId: invitation.providerId, providerName: invitation.provider.legalName };
  await auditInvitationDeclined(tx, actor, declined);
  await invitationAnswered(tx, { providerId: invitation.providerId, resellerId: reseller.id, accepted: false });
  await webhookInvitationAnswered(tx, { invitationId: invitation.id, providerId: invitation.providerId, resellerId: reseller.id, accepted: false });
  return declined;
}
