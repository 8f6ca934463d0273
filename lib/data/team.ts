import "server-only";
import { and, asc, desc, eq, gt, isNull, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { organizations, recoveryCodes, teamInvitations, users } from "@/lib/db/schema";
import { refuse, refuseNotFound } from "@/lib/errors";
import { describeDatabaseError, isUniqueViolation, LAST_ADMIN } from "@/lib/db/errors";
import type { ActionResult } from "@/lib/result";
import { hashPassword } from "@/lib/auth/password";
import { queueEmail } from "@/lib/email/outbox";
import { teamInvitationMessage } from "@/lib/email/messages";
import { recipientLocale } from "@/lib/email/locale";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";
import { hashUserToken, newToken } from "./user-tokens";
import { lastSignInsOf } from "./user-sessions";
import { sessionsEnded } from "@/lib/notifications/events";

/** How long a colleague's invitation link works, and the least time between two mailings of it. */
export const TEAM_INVITATION_DAYS = 7;
const RESEND_GAP_SECONDS = 60;

export { LAST_ADMIN };
export const ALREADY_MEMBER = "This person is already on your team.";
export const ALREADY_INVITED = "This address already has an open invitation. Resend it from the list below.";
export const HAS_ACCOUNT_ELSEWHERE =
  "This email address already has an account on CSP Partner Hub. One account belongs to one organization, so it cannot join this team. Sign in with that account, or ask to be invited with another address.";
export const INVITATION_NOT_VALID =
  "This invitation is not valid any more: it was already used, withdrawn, replaced by a newer link, or it expired. Ask your admin for a new one.";

/** The actor's team: their organization's users, or, for program support, the support staff. */
function teamOf(actor: Actor): { organizationId: string | null; name: string } {
  return { organizationId: actor.organizationId, name: actor.organizationName ?? "Program support" };
}
const usersOfTeam = (organizationId: string | null): SQL =>
  organizationId ? eq(users.organizationId, organizationId) : and(isNull(users.organizationId), eq(users.role, "support"))!;
const invitationsOfTeam = (organizationId: string | null): SQL =>
  organizationId ? eq(teamInvitations.organizationId, organizationId) : isNull(teamInvitations.organizationId);

export type TeamMember = { id: string; name: string; email: string; role: string; twoFactor: boolean; lastSignInAt: Date | null; you: boolean };
export type PendingTeamInvitation = { id: string; email: string; role: string; lastSentAt: Date; expiresAt: Date; expired: boolean };

/** Members (with role, two-factor state and last sign-in) and open invitations of the actor's team. */
export async function getTeam(actor: Actor): Promise<{ name: string; members: TeamMember[]; invitations: PendingTeamInvitation[] }> {
  const team = teamOf(actor);
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(and(usersOfTeam(team.organizationId), isNull(users.removedAt)))
    .orderBy(asc(users.name));
  const lastSignIns = await lastSignInsOf(rows.map((row) => row.id));
  const pending = await db
    .select({
      id: teamInvitations.id,
      email: teamInvitations.email,
      role: teamInvitations.role,
      lastSentAt: teamInvitations.lastSentAt,
      expiresAt: teamInvitations.expiresAt,
      expired: sql<boolean>`${teamInvitations.expiresAt} <= now()`,
    })
    .from(teamInvitations)
    .where(and(invitationsOfTeam(team.organizationId), isNull(teamInvitations.acceptedAt), isNull(teamInvitations.revokedAt)))
    .orderBy(desc(teamInvitations.createdAt));
  return {
    name: team.name,
    members: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      twoFactor: row.totpEnabledAt !== null,
      lastSignInAt: lastSignIns.get(row.id) ?? null,
      you: row.id === actor.userId,
    })),
    invitations: pending.map((row) => ({ ...row, expired: Boolean(row.expired) })),
  };
}

/** An admin (or program support, for its own team) invites a colleague by email; the link is mailed in the same transaction. */
export async function inviteColleague(tx: Tx, actor: Actor, email: string, requestedRole: "admin" | "member") {
  const team = teamOf(actor);
  const role = team.organizationId ? requestedRole : "support";
  const [member] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(usersOfTeam(team.organizationId), isNull(users.removedAt), eq(sql`lower(${users.email})`, email)));
  if (member) refuse(ALREADY_MEMBER, { email: [ALREADY_MEMBER] });
  const [open] = await tx
    .select({ id: teamInvitations.id })
    .from(teamInvitations)
    .where(and(invitationsOfTeam(team.organizationId), eq(sql`lower(${teamInvitations.email})`, email), isNull(teamInvitations.acceptedAt), isNull(teamInvitations.revokedAt), gt(teamInvitations.expiresAt, sql`now()`)));
  if (open) refuse(ALREADY_INVITED, { email: [ALREADY_INVITED] });
  // An expired one gives way to the new invitation (the unique index allows one open invitation per address).
  await tx
    .update(teamInvitations)
    .set({ revokedAt: sql`now()` })
    // Only an expired one: an open one invited at this very moment by another admin must stay (and wins, below).
    .where(and(invitationsOfTeam(team.organizationId), eq(sql`lower(${teamInvitations.email})`, email), isNull(teamInvitations.acceptedAt), isNull(teamInvitations.revokedAt), lte(teamInvitations.expiresAt, sql`now()`)));
  const { token, tokenHash } = newToken();
  const [invitation] = await tx
    .insert(teamInvitations)
    .values({
      organizationId: team.organizationId,
      email,
      role,
      tokenHash,
      invitedByUserId: actor.userId,
      expiresAt: sql`now() + make_interval(days => ${TEAM_INVITATION_DAYS})`,
    })
    // Two admins inviting the same address at the same instant: the open-invitation index lets one in; the other
    // hears why instead of a database error.
    .onConflictDoNothing()
    .returning({ id: teamInvitations.id, expiresAt: teamInvitations.expiresAt });
  if (!invitation) refuse(ALREADY_INVITED, { email: [ALREADY_INVITED] });
  await queueEmail(tx, teamInvitationMessage({ to: email, inviterName: actor.name, teamName: team.name, role, token, expiresAt: invitation.expiresAt, locale: await recipientLocale(tx, null) }));
  return { id: invitation.id, email, role };
}

/** One open invitation of the actor's team, locked; another team's id answers like a missing one. */
async function openInvitationOfTeam(tx: Tx, actor: Actor, invitationId: string) {
  const [row] = await tx
    .select({ id: teamInvitations.id, email: teamInvitations.email, role: teamInvitations.role, tooSoon: sql<boolean>`${teamInvitations.lastSentAt} > now() - make_interval(secs => ${RESEND_GAP_SECONDS})` })
    .from(teamInvitations)
    .where(and(eq(teamInvitations.id, invitationId), invitationsOfTeam(actor.organizationId), isNull(teamInvitations.acceptedAt), isNull(teamInvitations.revokedAt)))
    .for("update");
  if (!row) refuseNotFound();
  return row;
}

/** Mails the invitation again with a new link (the old one stops working) and a fresh expiry. */
export async function resendTeamInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const row = await openInvitationOfTeam(tx, actor, invitationId);
  if (row.tooSoon) refuse("This invitation was sent less than a minute ago. Give the mail a moment to arrive.");
  const { token, tokenHash } = newToken();
  const [updated] = await tx
    .update(teamInvitations)
    .set({ tokenHash, lastSentAt: sql`now()`, expiresAt: sql`now() + make_interval(days => ${TEAM_INVITATION_DAYS})` })
    .where(eq(teamInvitations.id, row.id))
    .returning({ expiresAt: teamInvitations.expiresAt });
  const team = teamOf(actor);
  await queueEmail(tx, teamInvitationMessage({ to: row.email, inviterName: actor.name, teamName: team.name, role: row.role, token, expiresAt: updated!.expiresAt, locale: await recipientLocale(tx, null) }));
  return { id: row.id, email: row.email };
}

export async function revokeTeamInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const row = await openInvitationOfTeam(tx, actor, invitationId);
  await tx.update(teamInvitations).set({ revokedAt: sql`now()` }).where(eq(teamInvitations.id, row.id));
  return { id: row.id, email: row.email };
}

/**
 * A member of the actor's team, active, with the team's organization row locked first: two admins changing each
 * other at the same moment run one after the other, so the second sees the first's change. The users trigger
 * (`users_keep_an_admin`) refuses a change that leaves no admin even if some path forgets this.
 */
async function lockedMemberOfTeam(tx: Tx, actor: Actor, userId: string) {
  if (actor.organizationId) await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, actor.organizationId)).for("update");
  const [row] = await tx
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), usersOfTeam(actor.organizationId), isNull(users.removedAt)))
    .for("update");
  if (!row) refuseNotFound();
  return row;
}

async function otherActiveAdmins(tx: Tx, organizationId: string, userId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.role, "admin"), isNull(users.removedAt), ne(users.id, userId)));
  return Number(row?.count ?? 0);
}

/** Admins make a member an admin or an admin a member; the users trigger ends the changed user's sessions. */
export async function changeMemberRole(tx: Tx, actor: Actor, userId: string, role: "admin" | "member") {
  if (!actor.organizationId) refuseNotFound();
  const member = await lockedMemberOfTeam(tx, actor, userId);
  if (member.role === role) refuse(`${member.name} is already ${role === "admin" ? "an admin" : "a member"}.`);
  if (member.role === "admin" && (await otherActiveAdmins(tx, actor.organizationId, member.id)) === 0) refuse(LAST_ADMIN);
  const [updated] = await tx
    .update(users)
    .set({ role, updatedAt: sql`now()` })
    .where(eq(users.id, member.id))
    .returning({ sessionVersion: users.sessionVersion });
  await sessionsEnded(tx, { userId: member.id, change: { roleChangedBy: actor.name, role: role === "admin" ? "admin" : "member" } });
  return { before: { role: member.role }, after: { role }, member, sessionVersion: updated!.sessionVersion };
}

/** Removes a member from the team: they cannot sign in any more and every session of theirs ends at once. */
export async function removeMember(tx: Tx, actor: Actor, userId: string) {
  if (userId === actor.userId) refuse("You cannot remove yourself. Ask another admin to do it.");
  const member = await lockedMemberOfTeam(tx, actor, userId);
  if (actor.organizationId && member.role === "admin" && (await otherActiveAdmins(tx, actor.organizationId, member.id)) === 0) refuse(LAST_ADMIN);
  await tx.update(users).set({ removedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, member.id));
  return member;
}

/** An account removed from the team that invites it again may rejoin; any other account belongs elsewhere. */
function returningMember(account: { organizationId: string | null; removedAt: Date | null }, organizationId: string | null): boolean {
  return account.removedAt !== null && account.organizationId === organizationId;
}

export type InvitationView =
  | { state: "open"; teamName: string; email: string; role: string; hasAccount: boolean }
  | { state: "not-valid" };

/** What the invitation link's page shows; the token is the invitee's proof. */
export async function getTeamInvitationByToken(token: string): Promise<InvitationView> {
  const db = await getDb();
  const [row] = await db
    .select({ email: teamInvitations.email, role: teamInvitations.role, organizationId: teamInvitations.organizationId, teamName: organizations.legalName })
    .from(teamInvitations)
    .leftJoin(organizations, eq(organizations.id, teamInvitations.organizationId))
    .where(and(eq(teamInvitations.tokenHash, hashUserToken(token)), isNull(teamInvitations.acceptedAt), isNull(teamInvitations.revokedAt), gt(teamInvitations.expiresAt, sql`now()`)));
  if (!row) return { state: "not-valid" };
  const [account] = await db
    .select({ id: users.id, organizationId: users.organizationId, removedAt: users.removedAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, row.email.toLowerCase()));
  return { state: "open", teamName: row.teamName ?? "Program support", email: row.email, role: row.role, hasAccount: Boolean(account) && !returningMember(account!, row.organizationId) };
}

/**
 * The invitee chooses a name and password: one transaction makes the user in the team (the link proves the
 * address), spends the invitation and audits. An address that already has an account anywhere is refused, since
 * one user belongs to one organization.
 */
export async function acceptTeamInvitation(token: string, name: string, password: string): Promise<ActionResult<{ email: string }>> {
  try {
    const passwordHash = await hashPassword(password);
    const db = await getDb();
    return await db.transaction(async (tx) => {
      const [invitation] = await tx
        .select({ id: teamInvitations.id, organizationId: teamInvitations.organizationId, email: teamInvitations.email, role: teamInvitations.role })
        .from(teamInvitations)
        .where(and(eq(teamInvitations.tokenHash, hashUserToken(token)), isNull(teamInvitations.acceptedAt), isNull(teamInvitations.revokedAt), gt(teamInvitations.expiresAt, sql`now()`)))
        .for("update");
      if (!invitation) return { ok: false as const, error: INVITATION_NOT_VALID };
      const [account] = await tx
        .select({ id: users.id, organizationId: users.organizationId, removedAt: users.removedAt })
        .from(users)
        .where(eq(sql`lower(${users.email})`, invitation.email.toLowerCase()))
        .for("update");
      if (account && !returningMember(account, invitation.organizationId)) return { ok: false as const, error: HAS_ACCOUNT_ELSEWHERE };
      // Someone removed from this very team comes back on the same account (its history stays theirs), with the new
      // name, password and role; anyone else gets a new account.
      const [user] = account
        ? await tx
            .update(users)
            .set({ name, passwordHash, role: invitation.role, removedAt: null, totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null, emailVerifiedAt: sql`now()`, updatedAt: sql`now()` })
            .where(eq(users.id, account.id))
            .returning({ id: users.id })
        : await tx
            .insert(users)
            .values({ email: invitation.email, name, passwordHash, organizationId: invitation.organizationId, role: invitation.role, emailVerifiedAt: sql`now()` })
            .returning({ id: users.id });
      if (account) await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, account.id));
      await tx.update(teamInvitations).set({ acceptedAt: sql`now()`, acceptedUserId: user!.id }).where(eq(teamInvitations.id, invitation.id));
      await writeAudit(tx, { userId: user!.id, organizationId: invitation.organizationId }, {
        action: "team.invitation-accepted",
        entityType: "user",
        entityId: user!.id,
        after: { email: invitation.email, role: invitation.role, invitationId: invitation.id },
      });
      return { ok: true as const, data: { email: invitation.email } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: HAS_ACCOUNT_ELSEWHERE };
    return { ok: false, error: describeDatabaseError(error) };
  }
}
