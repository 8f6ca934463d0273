import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import type { Actor } from "./actor";

/** Renames the actor itself (nobody else): returns the old and new name for the audit trail. */
export async function renameSelf(tx: Tx, actor: Actor, name: string) {
  const [before] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  await tx.update(users).set({ name, updatedAt: sql`now()` }).where(eq(users.id, actor.userId));
  return { before: { name: before?.name }, after: { name } };
}
