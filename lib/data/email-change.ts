import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { refuse } from "@/lib/errors";
import { describeDatabaseError, isUniqueViolation } from "@/lib/db/errors";
import type { ActionResult } from "@/lib/result";
import { verifyPassword } from "@/lib/auth/password";
import { queueEmail } from "@/lib/email/outbox";
import { emailChangedNoticeMessage, emailChangeMessage } from "@/lib/email/messages";
import { userLocale } from "@/lib/email/locale";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";
import { WRONG_CURRENT_PASSWORD } from "./password";
import { issueUserToken, spendOpenTokens, spendUserToken, takeAllowance } from "./user-tokens";

export const EMAIL_CHANGE_HOURS = 24;
const CHANGES_PER_HOUR = 5;
const CHANGE_GAP_SECONDS = 60;

export const CHANGE_LINK_NOT_VALID =
  "This link is not valid any more: it was already used, replaced by a newer one, or it expired. Ask for the change again in Settings.";
export const ADDRESS_TAKEN = "This address now belongs to another account, so your address was not changed.";

/**
 * The signed-in user asks to move to a new address: after checking the password, a single-use link goes to the new
 * address, and nothing changes until it is followed. The answer does not say whether the address has an account.
 */
export async function requestEmailChange(tx: Tx, actor: Actor, newEmail: string, currentPassword: string) {
  const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) refuse(WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  if (newEmail === actor.email.toLowerCase()) refuse("That is already your address.", { newEmail: ["That is already your address."] });
  const allowance = await takeAllowance(tx, `change-email:${actor.userId}`, { perHour: CHANGES_PER_HOUR, gapSeconds: CHANGE_GAP_SECONDS });
  if (allowance === "too-soon") refuse("We sent a link less than a minute ago. Check that inbox before asking again.");
  if (allowance === "too-many") refuse("You asked for several changes in the last hour. Wait an hour, then ask again.");
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, newEmail));
  if (!taken) {
    const token = await issueUserToken(tx, { userId: actor.userId, purpose: "change-email", minutes: EMAIL_CHANGE_HOURS * 60, newEmail });
    await queueEmail(tx, emailChangeMessage(newEmail, actor.name, token, EMAIL_CHANGE_HOURS, await userLocale(tx, actor.userId, { causedByRecipient: true })));
  }
  return { newEmail };
}

/**
 * Follows the link sent to the new address (public: the token is the proof): the account moves to it, proven, and
 * the old address is told. Links mailed to the old address (password reset, confirmation) stop working.
 */
export async function confirmEmailChange(token: string): Promise<ActionResult<{ email: string }>> {
  try {
    const db = await getDb();
    return await db.transaction(async (tx) => {
      const used = await spendUserToken(tx, token, "change-email");
      if (!used?.newEmail) return { ok: false as const, error: CHANGE_LINK_NOT_VALID };
      const [before] = await tx
        .select({ email: users.email, name: users.name, organizationId: users.organizationId })
        .from(users)
        .where(and(eq(users.id, used.userId), isNull(users.removedAt)));
      if (!before) return { ok: false as const, error: CHANGE_LINK_NOT_VALID };
      await tx.update(users).set({ email: used.newEmail, emailVerifiedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, used.userId));
      for (const purpose of ["reset-password", "verify-email"] as const) await spendOpenTokens(tx, used.userId, purpose);
      await queueEmail(tx, emailChangedNoticeMessage(before.email, before.name, used.newEmail, await userLocale(tx, used.userId, { causedByRecipient: true })));
      await writeAudit(tx, { userId: used.userId, organizationId: before.organizationId }, {
        action: "user.email-changed",
        entityType: "user",
        entityId: used.userId,
        before: { email: before.email },
        after: { email: used.newEmail },
      });
      return { ok: true as const, data: { email: used.newEmail } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: ADDRESS_TAKEN };
    return { ok: false, error: describeDatabaseError(error) };
  }
}
