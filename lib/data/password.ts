import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { refuse } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "./actor";
import { refuseWhileThrottled, refuseWrongSecret } from "./secret-check-throttle";
import { sessionsEnded } from "@/lib/notifications/events";

export const WRONG_CURRENT_PASSWORD = "Your current password is not right.";

/**
 * Changes the actor's own password after checking the current one (throttled per account, like sign-in); the users
 * trigger ends their other sessions.
 */
export async function changeOwnPassword(tx: Tx, actor: Actor, currentPassword: string, newPassword: string) {
  await refuseWhileThrottled(tx, actor.email);
  const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!row) refuse(WRONG_CURRENT_PASSWORD);
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    refuseWrongSecret(actor.email, WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  const [updated] = await tx
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), updatedAt: sql`now()` })
    .where(eq(users.id, actor.userId))
    .returning({ sessionVersion: users.sessionVersion });
  await sessionsEnded(tx, { userId: actor.userId, change: "passwordChanged" });
  return { sessionVersion: updated!.sessionVersion };
}
