import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig, isPublicPath } from "./auth.config";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers.mjs";

const { auth } = NextAuth(authConfig);
const development = process.env.NODE_ENV === "development";

/**
 * Every request: renews the session cookie (Auth.js, which also ends idle and expired sessions), sends anonymous
 * visitors of private pages to sign-in (a convenience: pages, actions and the data layer check again), and sets a
 * Content-Security-Policy with a fresh nonce, which Next reads from the request header and puts on its scripts.
 */
export default auth((request) => {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development });
  const { pathname } = request.nextUrl;
  let response: NextResponse;
  if (!request.auth?.user && !isPublicPath(pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = "/sign-in";
    signIn.search = "";
    signIn.searchParams.set("callbackUrl", pathname);
    response = NextResponse.redirect(signIn);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)"],
};
