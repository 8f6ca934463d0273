import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { users, userTokens } from "@/lib/db/schema";
import { queueEmail } from "@/lib/email/outbox";
import { verifyEmailMessage } from "@/lib/email/messages";
import { userLocale } from "@/lib/email/locale";
import { refuse } from "@/lib/errors";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";
import { issueUserToken, spendUserToken, takeAllowance } from "./user-tokens";

/** How long a verification link works. */
export const VERIFY_EMAIL_HOURS = 24;
/** Resends allowed per user in one hour, and the least time between two. */
export const RESENDS_PER_HOUR = 5;
const RESEND_GAP_SECONDS = 60;

export { hashUserToken } from "./user-tokens";

/** A new single-use link for the user's address (earlier unused ones stop working), mailed in the same transaction. */
export async function issueEmailVerification(tx: Tx, user: { id: string; email: string; name: string }, nextPath?: string | null) {
  const token = await issueUserToken(tx, { userId: user.id, purpose: "verify-email", minutes: VERIFY_EMAIL_HOURS * 60, nextPath });
  await queueEmail(tx, verifyEmailMessage(user.email, user.name, token, VERIFY_EMAIL_HOURS, await userLocale(tx, user.id, { causedByRecipient: true })));
}

export type ConfirmEmailResult = { ok: true; userId: string; nextPath: string | null } | { ok: false; error: string };

export const LINK_NOT_VALID =
  "This confirmation link is not valid any more: it was already used, replaced by a newer one, or it expired. Sign in and ask for a new link.";

/**
 * Proves the address: one conditional update uses the token (so a link works once, even clicked twice at once),
 * then the user is marked verified and the event audited.
 */
export async function confirmEmail(token: string): Promise<ConfirmEmailResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const used = await spendUserToken(tx, token, "verify-email");
    if (!used) return { ok: false as const, error: LINK_NOT_VALID };
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
      .where(eq(users.id, used.userId))
      .returning({ id: users.id, organizationId: users.organizationId, email: users.email });
    await writeAudit(tx, { userId: user!.id, organizationId: user!.organizationId }, {
      action: "user.email-verified",
      entityType: "user",
      entityId: user!.id,
      after: { email: user!.email },
    });
    return { ok: true as const, userId: used.userId, nextPath: used.nextPath };
  });
}

/** Counts one resend for the user; refuses when the last was under a minute ago or the hour's allowance is used. */
async function takeResendAllowance(tx: Tx, userId: string) {
  const allowance = await takeAllowance(tx, `verify-resend:${userId}`, { perHour: RESENDS_PER_HOUR, gapSeconds: RESEND_GAP_SECONDS });
  if (allowance === "too-soon") refuse("We sent a link less than a minute ago. Check your inbox (and spam folder) before asking again.");
  if (allowance === "too-many") refuse("You asked for several links in the last hour. Wait an hour, then ask again.");
}

/** The signed-in, unverified user asks for a new link. */
export async function resendEmailVerification(tx: Tx, actor: Actor) {
  if (actor.emailVerified) refuse("Your email address is already confirmed.");
  await takeResendAllowance(tx, actor.userId);
  const [pending] = await tx
    .select({ nextPath: userTokens.nextPath })
    .from(userTokens)
    .where(and(eq(userTokens.userId, actor.userId), eq(userTokens.purpose, "verify-email"), isNull(userTokens.usedAt)))
    .orderBy(sql`${userTokens.createdAt} desc`)
    .limit(1);
  await issueEmailVerification(tx, { id: actor.userId, email: actor.email, name: actor.name }, pending?.nextPath);
  return { email: actor.email };
}
