import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { refuse } from "@/lib/actions/define-action";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "./actor";

export const WRONG_CURRENT_PASSWORD = "Your current password is not right.";

/** Changes the actor's own password after checking the current one; the users trigger ends their other sessions. */
export async function changeOwnPassword(tx: Tx, actor: Actor, currentPassword: string, newPassword: string) {
  const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    refuse(WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  const [updated] = await tx
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), updatedAt: sql`now()` })
    .where(eq(users.id, actor.userId))
    .returning({ sessionVersion: users.sessionVersion });
  return { sessionVersion: updated!.sessionVersion };
}
