import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { endedSessions } from "@/lib/db/schema";
import { MAX_SESSION_SECONDS } from "@/lib/auth/session-policy";

/** Records that this browser's session ended (sign-out), so no copy of its cookie is accepted again. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  const db = await getDb();
  await db.transaction((tx) => endSessions(tx, userId, [sessionId]));
}

/** Ends sessions of one user by id, in the caller's transaction ("sign out that session", "sign out all others"). */
export async function endSessions(tx: Tx, userId: string, sessionIds: string[]): Promise<void> {
  // A session cannot outlive MAX_SESSION_SECONDS, so older records are no longer needed.
  await tx.delete(endedSessions).where(lt(endedSessions.expiresAt, sql`now()`));
  if (sessionIds.length === 0) return;
  await tx
    .insert(endedSessions)
    .values(sessionIds.map((sessionId) => ({ sessionId, userId, expiresAt: sql`now() + make_interval(secs => ${MAX_SESSION_SECONDS})` })))
    .onConflictDoNothing();
}
