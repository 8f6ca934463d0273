import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a session lives: ended after this much inactivity, and at the latest this long after sign-in. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const MAX_SESSION_SECONDS = 8 * 60 * 60;

export type SessionTimes = { issuedAt?: number; lastSeen?: number };
export type SessionState = "valid" | "idle" | "expired";

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Whether a session token may still be used at `now` (seconds). Tokens without times are from before this policy. */
export function sessionState({ issuedAt, lastSeen }: SessionTimes, now: number): SessionState {
  if (typeof issuedAt !== "number" || typeof lastSeen !== "number") return "expired";
  if (now - issuedAt > MAX_SESSION_SECONDS || issuedAt > now + 60) return "expired";
  if (now - lastSeen > IDLE_TIMEOUT_SECONDS) return "idle";
  return "valid";
}

/**
 * A proof, made on the server, that lets the current session move to the user's new session version (after the user
 * changed their own password or two-factor setting). Auth.js also lets a browser ask for a session update with data of
 * its choosing, so the jwt callback accepts a new version only with this proof: an HMAC under the auth secret, bound
 * to the user, the version and a short expiry.
 */
export function reissueProof(secret: string, userId: string, sessionVersion: number, now = nowInSeconds()): string {
  const expires = now + 60;
  return `${sessionVersion}.${expires}.${sign(secret, `${userId}.${sessionVersion}.${expires}`)}`;
}

/** The session version a proof grants to this user, or null for a forged, foreign or stale proof. */
export function verifyReissueProof(secret: string, userId: string, proof: unknown, now = nowInSeconds()): number | null {
  if (typeof proof !== "string") return null;
  const match = /^(\d{1,9})\.(\d{1,12})\.([\w-]{43})$/.exec(proof);
  if (!match) return null;
  const [, version, expires, mac] = match;
  if (Number(expires) < now) return null;
  const expected = Buffer.from(sign(secret, `${userId}.${version}.${expires}`));
  if (!timingSafeEqual(expected, Buffer.from(mac!))) return null;
  return Number(version);
}

function sign(secret: string, message: string): string {
  return createHmac("sha256", `session-reissue:${secret}`).update(message).digest("base64url");
}
