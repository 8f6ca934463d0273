import type { NextAuthConfig } from "next-auth";

/** Public pages; everything else needs a session. The proxy redirects early; pages, actions and the data layer check again. */
const publicPaths = [/^\/$/, /^\/sign-in$/, /^\/sign-up$/, /^\/check(\/|$)/, /^\/rules(\/|$)/, /^\/api\/v1\//, /^\/api\/auth\//];

export function isPublicPath(pathname: string): boolean {
  return publicPaths.some((pattern) => pattern.test(pathname));
}

// Import-light (no database, no argon2) so the proxy can load it.
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  providers: [],
  logger: {
    // A wrong password is an expected outcome, answered on the form; not an error for the server log.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      console.error(error);
    },
  },
  callbacks: {
    authorized({ auth, request }) {
      return Boolean(auth?.user) || isPublicPath(request.nextUrl.pathname);
    },
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id!;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.userId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
} satisfies NextAuthConfig;
