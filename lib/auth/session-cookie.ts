import { decode } from "next-auth/jwt";
import { nowInSeconds, sessionState } from "./session-policy";

/** Auth.js's session cookie: `__Secure-` prefixed when served over https. Each name is also its token's key salt. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** Who a session cookie speaks for: the fields the app reads of Auth.js's session. */
export type SessionClaims = { user: { id: string }; sessionVersion: number; sessionId?: string };

/**
 * The session a request's cookie carries, with the checks the jwt callback makes (auth.config.ts): a token this
 * server encrypted, not expired, neither idle nor past the session's absolute lifetime. Only reads: renewing the
 * cookie is the proxy's job. A cookie Auth.js had to split into chunks (over 4 kB; ours hold a few ids) is not read,
 * so it signs nobody in.
 */
export async function sessionFromCookies(cookie: (name: string) => string | undefined, secret: string, now = nowInSeconds()): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookie(name);
    if (!value) continue;
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (!token || typeof token.userId !== "string" || sessionState(token, now) !== "valid") continue;
    return { user: { id: token.userId }, sessionVersion: token.sessionVersion, ...(token.sessionId && { sessionId: token.sessionId }) };
  }
  return null;
}
