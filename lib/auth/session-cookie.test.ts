// The app reads the session cookie itself (lib/auth/read-session.ts); it must accept exactly what Auth.js would.
import { describe, expect, it } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { IDLE_TIMEOUT_SECONDS, MAX_SESSION_SECONDS, nowInSeconds } from "./session-policy";
import { sessionFromCookies } from "./session-cookie";

const secret = "a-test-secret-of-enough-length-0123456789";
const NAME = "authjs.session-token";
const now = nowInSeconds();
const claims = (overrides: Partial<JWT> = {}): JWT => ({ userId: "u1", sessionVersion: 3, sessionId: "s1", issuedAt: now - 600, lastSeen: now - 60, ...overrides });
const cookieOf = async (token: JWT, options: { name?: string; salt?: string; key?: string; maxAge?: number } = {}) => {
  const value = await encode({ token, secret: options.key ?? secret, salt: options.salt ?? options.name ?? NAME, maxAge: options.maxAge });
  return (name: string) => (name === (options.name ?? NAME) ? value : undefined);
};

describe("reading the session cookie", () => {
  it("reads who a valid cookie speaks for, on http and on https", async () => {
    expect(await sessionFromCookies(await cookieOf(claims()), secret, now)).toEqual({ user: { id: "u1" }, sessionVersion: 3, sessionId: "s1" });
    const secure = await cookieOf(claims(), { name: "__Secure-authjs.session-token" });
    expect(await sessionFromCookies(secure, secret, now)).toMatchObject({ user: { id: "u1" } });
  });

  it("signs nobody in without a cookie, or with one this server did not encrypt for that name", async () => {
    expect(await sessionFromCookies(() => undefined, secret, now)).toBeNull();
    expect(await sessionFromCookies(await cookieOf(claims(), { key: "another-secret-of-enough-length-0123" }), secret, now)).toBeNull();
    // A token made for another cookie name (another salt) does not pass under this one.
    expect(await sessionFromCookies(await cookieOf(claims(), { salt: "__Secure-authjs.session-token" }), secret, now)).toBeNull();
    const tampered = (await cookieOf(claims()))(NAME)!.replace(/.$/, (last) => (last === "A" ? "B" : "A"));
    expect(await sessionFromCookies((name) => (name === NAME ? tampered : undefined), secret, now)).toBeNull();
    expect(await sessionFromCookies((name) => (name === NAME ? "not-a-token" : undefined), secret, now)).toBeNull();
  });

  it("ends the session as the jwt callback does: idle too long, too old, or past the cookie's expiry", async () => {
    expect(await sessionFromCookies(await cookieOf(claims({ lastSeen: now - IDLE_TIMEOUT_SECONDS - 5 })), secret, now)).toBeNull();
    expect(await sessionFromCookies(await cookieOf(claims({ issuedAt: now - MAX_SESSION_SECONDS - 5, lastSeen: now })), secret, now)).toBeNull();
    expect(await sessionFromCookies(await cookieOf(claims({ issuedAt: undefined })), secret, now)).toBeNull();
    expect(await sessionFromCookies(await cookieOf(claims(), { maxAge: -60 }), secret, now)).toBeNull();
  });
});
