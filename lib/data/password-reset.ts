import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { describeDatabaseError } from "@/lib/db/errors";
import type { ActionResult } from "@/lib/result";
import { queueEmail } from "@/lib/email/outbox";
import { passwordChangedMessage, passwordResetMessage } from "@/lib/email/messages";
import { userLocale } from "@/lib/email/locale";
import { writeAudit } from "./audit";
import { issueUserToken, spendOpenTokens, spendUserToken, takeAllowance } from "./user-tokens";
import { sessionsEnded } from "@/lib/notifications/events";

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;
/** Links mailed per address in an hour (and the least time between two), and requests per client address. */
export const RESETS_PER_ACCOUNT_HOUR = 3;
const RESET_GAP_SECONDS = 60;
export const RESETS_PER_CLIENT_HOUR = 20;

export const TOO_MANY_RESETS = "Too many password resets were asked for from your network in the last hour. Try again later.";
export const RESET_LINK_NOT_VALID =
  "This reset link is not valid any more: it was already used, replaced by a newer one, or it is over an hour old. Ask for a new one.";

/**
 * "Forgot password": mails a single-use link to the address if it belongs to an active account. The answer is the
 * same whether it does or not, and whether the per-address allowance is used up (then nothing is sent); only the
 * per-client-address limit is said, since it tells nothing about any account.
 */
export async function requestPasswordReset(email: string, clientAddress: string): Promise<ActionResult<{ email: string }>> {
  try {
    const db = await getDb();
    return await db.transaction(async (tx) => {
      const client = await takeAllowance(tx, `reset-client:${clientAddress}`, { perHour: RESETS_PER_CLIENT_HOUR, gapSeconds: 0 });
      if (client === "too-many") return { ok: false as const, error: TOO_MANY_RESETS };
      const account = await takeAllowance(tx, `reset-account:${email.toLowerCase()}`, { perHour: RESETS_PER_ACCOUNT_HOUR, gapSeconds: RESET_GAP_SECONDS });
      if (account !== "ok") return { ok: true as const, data: { email } };
      const [user] = await tx
        .select({ id: users.id, email: users.email, name: users.name, organizationId: users.organizationId })
        .from(users)
        .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), isNull(users.removedAt)));
      if (!user) return { ok: true as const, data: { email } };
      const token = await issueUserToken(tx, { userId: user.id, purpose: "reset-password", minutes: RESET_LINK_MINUTES });
      await queueEmail(tx, passwordResetMessage(user.email, user.name, token, RESET_LINK_MINUTES, await userLocale(tx, user.id, { causedByRecipient: true })));
      await writeAudit(tx, { userId: user.id, organizationId: user.organizationId }, {
        action: "user.password-reset-requested",
        entityType: "user",
        entityId: user.id,
        after: { clientAddress },
      });
      return { ok: true as const, data: { email } };
    });
  } catch (error) {
    return { ok: false, error: describeDatabaseError(error) };
  }
}

/**
 * Sets a new password from a reset link. The users trigger bumps session_version, so every session of the account
 * ends (the person resetting is not signed in: they sign in next, with two-factor if it is on). The owner is told by
 * email; the link proved the address, so it counts as confirmed.
 */
export async function resetPassword(token: string, newPassword: string): Promise<ActionResult<{ email: string }>> {
  try {
    const passwordHash = await hashPassword(newPassword);
    const db = await getDb();
    return await db.transaction(async (tx) => {
      const used = await spendUserToken(tx, token, "reset-password");
      if (!used) return { ok: false as const, error: RESET_LINK_NOT_VALID };
      const [user] = await tx
        .update(users)
        .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
        .where(and(eq(users.id, used.userId), isNull(users.removedAt)))
        .returning({ id: users.id, email: users.email, name: users.name, organizationId: users.organizationId });
      if (!user) return { ok: false as const, error: RESET_LINK_NOT_VALID };
      await spendOpenTokens(tx, user.id, "reset-password");
      await queueEmail(tx, passwordChangedMessage(user.email, user.name, await userLocale(tx, user.id, { causedByRecipient: true })));
      await sessionsEnded(tx, { userId: user.id, change: "passwordReset", alreadyEmailed: user.email });
      await writeAudit(tx, { userId: user.id, organizationId: user.organizationId }, {
        action: "user.password-reset",
        entityType: "user",
        entityId: user.id,
      });
      return { ok: true as const, data: { email: user.email } };
    });
  } catch (error) {
    return { ok: false, error: describeDatabaseError(error) };
  }
}
