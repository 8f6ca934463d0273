import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { sessionFromCookies, type SessionClaims } from "./session-cookie";

/**
 * Who this request's session cookie speaks for, decrypted once per request. The proxy has already renewed the cookie
 * through Auth.js; asking Auth.js again here would run its whole session round (decrypt, re-encrypt a cookie nobody
 * sends, a response to parse), which cost a signed-in request about as much as the rest of a small page. Signing in
 * and out stay in `auth.ts`; the validity checks are the jwt callback's own (`sessionState`).
 */
export const readSession = cache(async (): Promise<SessionClaims | null> => {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const jar = await cookies();
  return sessionFromCookies((name) => jar.get(name)?.value, secret);
});
