import "server-only";
import { cache } from "react";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { readSession } from "@/lib/auth/read-session";
import { getDb, type Db } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { apiTokens, customers, endedSessions, notifications, organizations, users, type PartnerType, type UserRole } from "@/lib/db/schema";
import type { Audience } from "@/lib/navigation";
import { apiScopeNames, type ApiScope } from "@/lib/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { bearerSecretOf, hashApiTokenSecret } from "@/lib/auth/api-token-secret";

/** The signed-in user as the rest of the server sees it: small, no secrets, role and organization fresh from the database. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  organizationId: string | null;
  organizationName: string | null;
  partnerType: PartnerType | null;
  /** For a customer's admin: the end customer they speak for (organizationId is then null). */
  customerId: string | null;
  customerName: string | null;
  audience: Audience;
  twoFactorEnabled: boolean;
  /** The organization requires two-factor sign-in and this user has not set it up: only enrolment is open to them. */
  mustEnrolTwoFactor: boolean;
  /** The user followed the link mailed to their address; until then they can act on nothing. */
  emailVerified: boolean;
  /**
   * Set when a partner API token is asking (getApiActor): the actor is then an admin of the token's organization,
   * limited to the token's scopes by `can()`; `userId` is the admin who made the token (writes name them).
   */
  apiToken?: { id: string; name: string; scopes: readonly ApiScope[] };
  /** The language the user chose for the product; null until they choose (the browser's language is used then). */
  locale: Locale | null;
};

/**
 * Loads the actor for a user id and session generation; null if the user is gone or the session was ended (by a
 * credential change, or, when a session id is given, by signing out).
 */
export async function loadActor(userId: string, sessionVersion: number, sessionId?: string): Promise<Actor | null> {
  return (await loadSignedIn(userId, sessionVersion, sessionId))?.actor ?? null;
}

/** The actor and what the app's frame shows about them (unread notifications), in one query. */
type SignedIn = { actor: Actor; unreadNotifications: number };

/**
 * One round trip per request for everything the signed-in layout needs: the user, their organization or customer,
 * whether this browser's session was ended, and the bell's count. Prepared once: building this select anew took about
 * a millisecond of CPU on every request, several times what running it costs.
 */
const signedInQuery = preparedPer((db: Db) =>
  db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
      organizationName: organizations.legalName,
      partnerType: organizations.partnerType,
      customerId: users.customerId,
      customerName: customers.name,
      // A partner's or a customer's requirement, whichever the user belongs to.
      requireTwoFactor: sql<boolean>`coalesce(${organizations.requireTwoFactor}, ${customers.requireTwoFactor}, false)`,
      totpEnabledAt: users.totpEnabledAt,
      emailVerifiedAt: users.emailVerifiedAt,
      locale: users.locale,
      // No session id (null) matches no ended session.
      sessionEnded: sql<boolean>`exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${sql.placeholder("sessionId")})`,
      // Counted up to BELL_COUNT_CAP only: the bell shows "99+" beyond that, and a distributor's admin may have tens of
      // thousands unread, which every page would otherwise count again.
      unreadNotifications: sql<number>`(select count(*) from (select 1 from ${notifications} where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null limit ${sql.raw(String(BELL_COUNT_CAP))}) as unread)`.mapWith(Number),
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(customers, eq(customers.id, users.customerId))
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("signed_in"),
);

async function loadSignedIn(userId: string, sessionVersion: number, sessionId?: string): Promise<SignedIn | null> {
  const [row] = await signedInQuery(await getDb()).execute({ userId, sessionId: sessionId ?? null });
  if (!row || row.sessionVersion !== sessionVersion || row.sessionEnded) return null;
  const { sessionVersion: _version, sessionEnded: _ended, unreadNotifications, requireTwoFactor, totpEnabledAt, emailVerifiedAt, ...actor } = row;
  const twoFactorEnabled = totpEnabledAt !== null;
  return {
    actor: {
      ...actor,
      audience: row.role === "support" ? "support" : row.role === "customer-admin" ? "customer" : row.partnerType!,
      twoFactorEnabled,
      mustEnrolTwoFactor: Boolean(requireTwoFactor) && !twoFactorEnabled,
      emailVerified: emailVerifiedAt !== null,
    },
    unreadNotifications,
  };
}

/**
 * A step a signed-in user still owes before they count as signed in, in the order they must take them: first prove
 * the email address, then set up two-factor sign-in if the organization requires it. Null when they owe nothing.
 */
export type PendingStep = "verify-email" | "two-factor";

export function pendingStepOf(actor: Actor): PendingStep | null {
  if (!actor.emailVerified) return "verify-email";
  if (actor.mustEnrolTwoFactor) return "two-factor";
  return null;
}

/** Exceptions to the gate, for the few places a not-yet-through user must reach. */
export type PendingSteps = {
  /** Let through a user whose organization requires two-factor sign-in and who has not set it up yet. */
  beforeTwoFactor?: boolean;
  /** Let through a user who has not yet proven their email address (whatever comes after that step). */
  beforeEmailVerified?: boolean;
};

export const ANY_PENDING_STEP: PendingSteps = { beforeTwoFactor: true, beforeEmailVerified: true };

/** Whether the exceptions cover the step the actor is at. */
export function isLetThrough(actor: Actor, allowed: PendingSteps): boolean {
  const step = pendingStepOf(actor);
  if (step === "verify-email") return Boolean(allowed.beforeEmailVerified);
  if (step === "two-factor") return Boolean(allowed.beforeTwoFactor);
  return true;
}

/**
 * The one gate: the current request's actor only when the session is valid, the email address is proven, and
 * two-factor sign-in is set up if the organization requires it. Otherwise null, exactly as if nobody were signed in,
 * so a page, action, route handler or export that only asks "who is this?" cannot forget a step.
 */
export async function getActor(): Promise<Actor | null> {
  return getActorAllowing({});
}

/**
 * The gate with named exceptions: setting up two-factor, proving the email address, the app's frame around those
 * pages, and the action wrapper (which answers each step with its own message).
 */
export async function getActorAllowing(allowed: PendingSteps): Promise<Actor | null> {
  const actor = await getSignedInUser();
  return actor && isLetThrough(actor, allowed) ? actor : null;
}

/** The user of the request's valid session (once per request), whatever steps they still owe; null when signed out. */
async function getSignedInUser(): Promise<Actor | null> {
  return (await getSignedIn())?.actor ?? null;
}

/** The bell counts unread notifications up to this many; it shows "99+" from 100 on. */
export const BELL_COUNT_CAP = 100;

/**
 * How many of the signed-in user's notifications are unread (at most BELL_COUNT_CAP), for the bell in the app's
 * frame: read with the actor, in the same query, once per request. Zero when nobody is signed in.
 */
export async function countOwnUnreadNotifications(): Promise<number> {
  return (await getSignedIn())?.unreadNotifications ?? 0;
}

const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  // The session as this request's cookie jar holds it: after a server action re-issued the session (a password or
  // two-factor change ended the old version), the page re-rendered in the same request sees the new cookie.
  const session = await readSession();
  if (!session?.user?.id || !session.sessionId) return null;
  return loadSignedIn(session.user.id, session.sessionVersion, session.sessionId);
});

/**
 * The gate for the partner API (`/api/v1`): the actor of the request's `Authorization: Bearer csp_…` token, or null
 * when there is none, or it is unknown, revoked or expired, or its organization's admin would be refused anyway.
 * Only route handlers that are given the request call this; pages and server actions never read a token.
 */
export async function getApiActor(request: Request): Promise<Actor | null> {
  const secret = bearerSecretOf(request.headers.get("authorization"));
  if (!secret) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      tokenName: apiTokens.name,
      scopes: apiTokens.scopes,
      userId: users.id,
      email: users.email,
      organizationId: organizations.id,
      organizationName: organizations.legalName,
      partnerType: organizations.partnerType,
    })
    .from(apiTokens)
    .innerJoin(organizations, eq(organizations.id, apiTokens.organizationId))
    .innerJoin(users, eq(users.id, apiTokens.createdByUserId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashApiTokenSecret(secret)),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, sql`now()`),
        // A token speaks for the admin who made it: it stops when they leave the team or stop being an admin.
        eq(users.organizationId, apiTokens.organizationId),
        eq(users.role, "admin"),
        isNull(users.removedAt),
      ),
    );
  if (!row) return null;
  const scopes = row.scopes.filter((scope): scope is ApiScope => (apiScopeNames as string[]).includes(scope));
  return {
    userId: row.userId,
    email: row.email,
    name: `API token "${row.tokenName}"`,
    // A machine has no language of its own: the API's rule explanations follow each request's Accept-Language.
    locale: null,
    // The organization's admin, whoever made the token: its scopes narrow that, never widen it.
    role: "admin",
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    partnerType: row.partnerType,
    customerId: null,
    customerName: null,
    audience: row.partnerType,
    twoFactorEnabled: false,
    mustEnrolTwoFactor: false,
    emailVerified: true,
    apiToken: { id: row.tokenId, name: row.tokenName, scopes },
  };
}
