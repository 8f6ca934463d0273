import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { auth } from "@/auth";
import { env } from "@/lib/env";
import { nowInSeconds, sessionState } from "@/lib/auth/session-policy";
import { getDb } from "@/lib/db/client";
import { endedSessions, organizations, users, type PartnerType, type UserRole } from "@/lib/db/schema";
import type { Audience } from "@/lib/navigation";

/** The signed-in user as the rest of the server sees it: small, no secrets, role and organization fresh from the database. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  organizationId: string | null;
  organizationName: string | null;
  partnerType: PartnerType | null;
  audience: Audience;
  twoFactorEnabled: boolean;
  /** The organization requires two-factor sign-in and this user has not set it up: only enrolment is open to them. */
  mustEnrolTwoFactor: boolean;
  /** The user followed the link mailed to their address; until then they can act on nothing. */
  emailVerified: boolean;
};

/**
 * Loads the actor for a user id and session generation; null if the user is gone or the session was ended (by a
 * credential change, or, when a session id is given, by signing out).
 */
export async function loadActor(userId: string, sessionVersion: number, sessionId?: string): Promise<Actor | null> {
  const db = await getDb();
  if (sessionId !== undefined) {
    const [ended] = await db.select({ id: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.sessionId, sessionId));
    if (ended) return null;
  }
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
      organizationName: organizations.legalName,
      partnerType: organizations.partnerType,
      requireTwoFactor: organizations.requireTwoFactor,
      totpEnabledAt: users.totpEnabledAt,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, userId));
  if (!row || row.sessionVersion !== sessionVersion) return null;
  const { sessionVersion: _version, requireTwoFactor, totpEnabledAt, emailVerifiedAt, ...actor } = row;
  const twoFactorEnabled = totpEnabledAt !== null;
  return {
    ...actor,
    audience: row.role === "support" ? "support" : row.partnerType!,
    twoFactorEnabled,
    mustEnrolTwoFactor: Boolean(requireTwoFactor) && !twoFactorEnabled,
    emailVerified: emailVerifiedAt !== null,
  };
}

/** The current request's actor (once per request), or null when nobody is signed in. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.sessionId) return null;
  const actor = await loadActor(session.user.id, session.sessionVersion, session.sessionId);
  if (actor) return actor;
  const reissued = await reissuedSessionVersion(session.user.id);
  return reissued === null ? null : loadActor(session.user.id, reissued, session.sessionId);
});

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * When a server action re-issues the session (after a password or two-factor change ended the old version), Next
 * re-renders the page in the same request; Auth.js still reads the request's old cookie header, while `cookies()`
 * already holds the new cookie. This reads that one, with the same checks the jwt callback makes.
 */
async function reissuedSessionVersion(userId: string): Promise<number | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (token?.userId === userId && sessionState(token, nowInSeconds()) === "valid") return token.sessionVersion;
  }
  return null;
}
