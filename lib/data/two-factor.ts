import "server-only";
import { and, eq, isNull, or, lt, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { organizations, recoveryCodes, users } from "@/lib/db/schema";
import { refuse } from "@/lib/errors";
import { matchTotp, newTotpSecret, otpauthUri } from "@/lib/auth/totp";
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { nowInSeconds } from "@/lib/auth/session-policy";
import type { Actor } from "./actor";
import { refuseWhileThrottled, refuseWrongSecret } from "./secret-check-throttle";
import { sessionsEnded } from "@/lib/notifications/events";

export const WRONG_CODE = "That code is not right. Enter the current code from your authenticator app.";

/** The actor's own two-factor state (never the secret once it is on). */
export async function getTwoFactorStatus(actor: Actor) {
  const db = await getDb();
  const [row] = await db
    .select({
      enabledAt: users.totpEnabledAt,
      pending: sql<boolean>`${users.totpSecret} is not null and ${users.totpEnabledAt} is null`,
      recoveryCodesLeft: sql<number>`(select count(*)::int from ${recoveryCodes} where ${recoveryCodes.userId} = ${users.id} and ${recoveryCodes.usedAt} is null)`,
      organizationRequires: sql<boolean>`coalesce(${organizations.requireTwoFactor}, false)`,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, actor.userId));
  return {
    enabledAt: row?.enabledAt ?? null,
    pending: Boolean(row?.pending),
    recoveryCodesLeft: Number(row?.recoveryCodesLeft ?? 0),
    organizationRequires: Boolean(row?.organizationRequires),
  };
}

/** Starts (or restarts) set-up: a new secret, not yet in force until a code from it is confirmed. */
export async function beginEnrolment(tx: Tx, actor: Actor) {
  const [row] = await tx.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, actor.userId));
  if (row?.enabledAt) refuse("Two-factor sign-in is already on. Turn it off first to move it to another device.");
  const secret = newTotpSecret();
  await tx.update(users).set({ totpSecret: secret, totpLastUsedStep: null, updatedAt: sql`now()` }).where(eq(users.id, actor.userId));
  return { secret, uri: otpauthUri(secret, actor.email) };
}

/** Confirms set-up with a code from the app; turns two-factor sign-in on and replaces the recovery codes. */
export async function confirmEnrolment(tx: Tx, actor: Actor, code: string) {
  const [row] = await tx
    .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (row?.enabledAt) refuse("Two-factor sign-in is already on.");
  if (!row?.secret) refuse("Start the set-up first: the code belongs to the QR code shown there.");
  const step = matchTotp(row.secret, code, nowInSeconds(), null);
  if (step === null) refuse(WRONG_CODE, { code: [WRONG_CODE] });
  // The trigger on users bumps session_version here: the user's other sessions end.
  const [updated] = await tx
    .update(users)
    .set({ totpEnabledAt: sql`now()`, totpLastUsedStep: step, updatedAt: sql`now()` })
    .where(and(eq(users.id, actor.userId), isNull(users.totpEnabledAt)))
    .returning({ sessionVersion: users.sessionVersion });
  if (!updated) refuse("Two-factor sign-in is already on.");
  await sessionsEnded(tx, { userId: actor.userId, change: "twoFactorOn" });
  const codes = await replaceRecoveryCodes(tx, actor.userId);
  return { recoveryCodes: codes, sessionVersion: updated.sessionVersion };
}

/** Turns two-factor sign-in off after a valid code (throttled per account), unless the organization requires it. */
export async function disableTwoFactor(tx: Tx, actor: Actor, code: string) {
  const [row] = await tx
    .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastUsedStep, requires: organizations.requireTwoFactor })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, actor.userId));
  if (!row?.enabledAt || !row.secret) refuse("Two-factor sign-in is not on.");
  if (row.requires) refuse("Your organization requires two-factor sign-in, so it cannot be turned off.");
  // Wrong codes count on the account's sign-in throttle, as at sign-in's second step.
  await refuseWhileThrottled(tx, actor.email);
  if (!(await acceptSecondFactor(tx, actor.userId, code))) refuseWrongSecret(actor.email, WRONG_CODE, { code: [WRONG_CODE] });
  const [updated] = await tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null, updatedAt: sql`now()` })
    .where(eq(users.id, actor.userId))
    .returning({ sessionVersion: users.sessionVersion });
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
  await sessionsEnded(tx, { userId: actor.userId, change: "twoFactorOff" });
  return { sessionVersion: updated!.sessionVersion };
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/**
 * Accepts a current TOTP code (once: its time step is recorded, and the update only succeeds if no later step was used,
 * so two requests racing with one code cannot both pass) or an unused recovery code (marked used in the same way).
 */
export async function acceptSecondFactor(db: Db | Tx, userId: string, code: string): Promise<boolean> {
  const trimmed = code.trim();
  if (isRecoveryCodeShape(trimmed) && !/^\d+$/.test(trimmed)) {
    const used = await db
      .update(recoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(trimmed)), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    return used.length === 1;
  }
  const [row] = await db
    .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastUsedStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!row?.secret || !row.enabledAt) return false;
  const step = matchTotp(row.secret, trimmed, nowInSeconds(), row.lastStep);
  if (step === null) return false;
  const claimed = await db
    .update(users)
    .set({ totpLastUsedStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastUsedStep), lt(users.totpLastUsedStep, step))))
    .returning({ id: users.id });
  return claimed.length === 1;
}

/** For the second sign-in step: the user a ticket names, if its session version is still current. */
export async function signInUserById(userId: string, sessionVersion: number) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion, enabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.sessionVersion !== sessionVersion || !user.enabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** Admins only: whether every user of the organization must use two-factor sign-in; refuses a stale edit. */
export async function setOrganizationRequiresTwoFactor(tx: Tx, actor: Actor, required: boolean, expectedVersion: number) {
  if (!actor.organizationId) refuse("Only partner organizations have this setting.");
  const [before] = await tx
    .select({ required: organizations.requireTwoFactor, version: organizations.version })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  const [updated] = await tx
    .update(organizations)
    .set({ requireTwoFactor: required, version: sql`${organizations.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(organizations.id, actor.organizationId), eq(organizations.version, expectedVersion)))
    .returning({ version: organizations.version });
  if (!updated) refuse(STALE_SETTINGS);
  return { before: { requireTwoFactor: before?.required }, after: { requireTwoFactor: required }, version: updated.version };
}

export const STALE_SETTINGS =
  "Someone else changed your organization's settings while you were editing. Reload the page to see their change, then try again.";

/** The organization's security settings with the version an edit must name. */
export async function getOrganizationSecurity(actor: Actor) {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const [row] = await db
    .select({ requireTwoFactor: organizations.requireTwoFactor, version: organizations.version })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  return row ?? null;
}
