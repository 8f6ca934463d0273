import "server-only";
import { and, desc, eq, gt, inArray, lt, notExists, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { endedSessions, users, userSessions } from "@/lib/db/schema";
import { MAX_SESSION_SECONDS } from "@/lib/auth/session-policy";
import { refuseNotFound } from "@/lib/errors";
import type { Actor } from "./actor";
import { endSessions } from "./ended-sessions";

/** Records a sign-in as it completes; the session token carries the id returned. */
export async function recordSession(user: { id: string; sessionVersion: number }, client: { userAgent: string; address: string }): Promise<string> {
  const sessionId = crypto.randomUUID();
  const db = await getDb();
  await db.transaction(async (tx) => {
    // The user's sessions past the absolute maximum are over; this new row keeps their "last sign-in".
    await tx.delete(userSessions).where(and(eq(userSessions.userId, user.id), lt(userSessions.signedInAt, sql`now() - make_interval(secs => ${MAX_SESSION_SECONDS})`)));
    await tx.insert(userSessions).values({
      sessionId,
      userId: user.id,
      sessionVersion: user.sessionVersion,
      userAgent: client.userAgent.slice(0, 300) || "Unknown browser",
      clientAddress: client.address,
    });
  });
  return sessionId;
}

/** Sessions still in force: the user's current session generation, not signed out, not past the absolute maximum. */
const activeOf = (userId: string) =>
  and(
    eq(userSessions.userId, userId),
    eq(userSessions.sessionVersion, sql`(select ${users.sessionVersion} from ${users} where ${users.id} = ${userId})`),
    gt(userSessions.signedInAt, sql`now() - make_interval(secs => ${MAX_SESSION_SECONDS})`),
    notExists(sql`(select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${userSessions.sessionId})`),
  );

export type ActiveSession = { sessionId: string; userAgent: string; clientAddress: string; signedInAt: Date; current: boolean };

/** The actor's own active sessions, newest first; `current` marks the one making the request. */
export async function listOwnSessions(actor: Actor, currentSessionId: string | null): Promise<ActiveSession[]> {
  const db = await getDb();
  const rows = await db
    .select({ sessionId: userSessions.sessionId, userAgent: userSessions.userAgent, clientAddress: userSessions.clientAddress, signedInAt: userSessions.signedInAt })
    .from(userSessions)
    .where(activeOf(actor.userId))
    .orderBy(desc(userSessions.signedInAt));
  return rows.map((row) => ({ ...row, current: row.sessionId === currentSessionId }));
}

/** Signs out one of the actor's own sessions; another user's session id answers like a missing one. */
export async function endOwnSession(tx: Tx, actor: Actor, sessionId: string) {
  const [row] = await tx
    .select({ sessionId: userSessions.sessionId, userAgent: userSessions.userAgent, clientAddress: userSessions.clientAddress })
    .from(userSessions)
    .where(and(eq(userSessions.sessionId, sessionId), activeOf(actor.userId)));
  if (!row) refuseNotFound();
  await endSessions(tx, actor.userId, [row.sessionId]);
  return row;
}

/** Signs out every active session of the actor except the current one; returns how many ended. */
export async function endOtherSessions(tx: Tx, actor: Actor, currentSessionId: string | null): Promise<number> {
  const rows = await tx.select({ sessionId: userSessions.sessionId }).from(userSessions).where(activeOf(actor.userId));
  const others = rows.map((row) => row.sessionId).filter((id) => id !== currentSessionId);
  await endSessions(tx, actor.userId, others);
  return others.length;
}

/** The latest sign-in of each of these users (the team page's "last sign-in"). */
export async function lastSignInsOf(userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ userId: userSessions.userId, at: sql<Date>`max(${userSessions.signedInAt})` })
    .from(userSessions)
    .where(inArray(userSessions.userId, userIds))
    .groupBy(userSessions.userId);
  return new Map(rows.map((row) => [row.userId, new Date(row.at)]));
}
