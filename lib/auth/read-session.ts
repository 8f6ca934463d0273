import "server-only";
import NextAuth from "next-auth";
import { authConfig } from "@/auth.config";

/**
 * Reads (and renews) the request's session cookie with the import-light configuration, the one the proxy uses: no
 * providers, so asking "who is this?" does not load the sign-in stack (argon2, throttles, two-factor) into every
 * page and action. Signing in and out stay in `auth.ts`; both share the callbacks that decide a token's validity.
 */
export const { auth: readSession } = NextAuth(authConfig);
