import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, isPublicPath } from "./auth.config";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers.mjs";
import { isCrossOriginAction } from "@/lib/security/action-origin";
import { PATH_LOCALE_HEADER, splitLocalePrefix } from "@/lib/i18n/locales";

const { auth } = NextAuth(authConfig);
const development = process.env.NODE_ENV === "development";

/**
 * Every request but prefetches: renews the session cookie (Auth.js, which also ends idle and expired sessions), sends anonymous
 * visitors of private pages to sign-in (a convenience: pages, actions and the data layer check again), and sets a
 * Content-Security-Policy with a fresh nonce, which Next reads from the request header and puts on its scripts.
 */
const withSession = auth((request) => {
  const { pathname } = request.nextUrl;
  if (!request.auth?.user && !isPublicPath(pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = "/sign-in";
    signIn.search = "";
    signIn.searchParams.set("callbackUrl", pathname);
    return withSecurityHeaders(NextResponse.redirect(signIn), contentSecurityPolicy(newNonce(), { development }));
  }
  return pass(request);
});

/** Lets the request through with a fresh CSP nonce that Next reads from the request header and puts on its scripts. */
function pass(request: NextRequest): NextResponse {
  const { headers, policy } = forwardedHeaders(request);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), policy);
}

/**
 * A public page by its language prefix (`/nl/check?…`): served by the page without the prefix, in that language. The
 * address bar keeps the prefix, so the link can be shared as it is.
 */
function passInLanguage(request: NextRequest, target: { locale: string; pathname: string }): NextResponse {
  const { headers, policy } = forwardedHeaders(request);
  headers.set(PATH_LOCALE_HEADER, target.locale);
  const url = request.nextUrl.clone();
  url.pathname = target.pathname;
  return withSecurityHeaders(NextResponse.rewrite(url, { request: { headers } }), policy);
}

function forwardedHeaders(request: NextRequest): { headers: Headers; policy: string } {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // Only this proxy says a page was asked for in a language by its path; a browser cannot.
  headers.delete(PATH_LOCALE_HEADER);
  return { headers, policy };
}

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * Next prefetches the pages a page links to. Such a request must not renew the session cookie: one still in flight
 * when the user signs out (or signs in again) would hand the browser the old session back. Prefetches are not the
 * user's activity either, so they do not extend an idle session; the page itself still checks the session.
 */
function isPrefetch(request: NextRequest): boolean {
  return request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch" || request.headers.get("sec-purpose")?.startsWith("prefetch") === true;
}

/** A refusal for a server action posted from another site (Next itself would answer 500). */
function crossOriginRefusal(): NextResponse {
  const response = NextResponse.json({ error: "This action may only be sent from this site." }, { status: 403 });
  return withSecurityHeaders(response, contentSecurityPolicy(newNonce(), { development }));
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (isCrossOriginAction(request.method, request.headers)) return crossOriginRefusal();
  const inLanguage = splitLocalePrefix(request.nextUrl.pathname);
  if (inLanguage) return passInLanguage(request, inLanguage);
  if (isPrefetch(request)) return pass(request);
  return withSession(request, event as never);
}

export const config = {
  // Files of public/ are served as they are: no session, no sign-in redirect.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:svg|png|ico)$).*)"],
};
