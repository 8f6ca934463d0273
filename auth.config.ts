import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";
import { IDLE_TIMEOUT_SECONDS, nowInSeconds, sessionState, verifyReissueProof } from "@/lib/auth/session-policy";

/** Public pages; everything else needs a session. The proxy redirects early; pages, actions and the data layer check again. */
const publicPaths = [/^\/$/, /^\/sign-in$/, /^\/sign-up$/, /^\/verify-email\/[^/]+$/, /^\/forgot-password$/, /^\/reset-password\/[^/]+$/, /^\/team-invitations\/[^/]+$/, /^\/customer-invitations\/[^/]+$/, /^\/change-email\/[^/]+$/, /^\/check(\/|$)/, /^\/rules(\/|$)/, /^\/api\/v1\//, /^\/api-reference$/, /^\/api\/auth\//];

export function isPublicPath(pathname: string): boolean {
  return publicPaths.some((pattern) => pattern.test(pathname));
}

// Import-light (no database, no argon2) so the proxy can load it.
export const authConfig = {
  pages: { signIn: "/sign-in" },
  // The cookie lives as long as the idle timeout and is renewed on each request (by the proxy); the jwt callback
  // also ends sessions past the absolute maximum.
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
  providers: [],
  logger: {
    // A wrong password is an expected outcome, answered on the form; not an error for the server log.
    error(error) {
      // By type, not class name: a subclass (the two-factor step) is minified in production builds.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  callbacks: {
    authorized({ auth, request }) {
      return Boolean(auth?.user) || isPublicPath(request.nextUrl.pathname);
    },
    jwt({ token, user, trigger, session }) {
      const now = nowInSeconds();
      if (user) {
        token.userId = user.id!;
        token.sessionVersion = user.sessionVersion;
        // The id recorded at sign-in (user_sessions), so "Your sessions" can list and end this one.
        token.sessionId = user.sessionId ?? crypto.randomUUID();
        token.issuedAt = now;
        token.lastSeen = now;
        return token;
      }
      if (sessionState(token, now) !== "valid") return null; // idle too long or too old: signed out
      if (trigger === "update") {
        const secret = env().AUTH_SECRET ?? "";
        const version = secret ? verifyReissueProof(secret, token.userId, (session as { reissue?: unknown } | undefined)?.reissue, now) : null;
        if (version !== null) token.sessionVersion = version;
      }
      token.lastSeen = now;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.userId;
      session.sessionVersion = token.sessionVersion;
      session.sessionId = token.sessionId;
      return session;
    },
  },
} satisfies NextAuthConfig;
