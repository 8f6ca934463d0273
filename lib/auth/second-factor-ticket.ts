import { createHmac, timingSafeEqual } from "node:crypto";
import { nowInSeconds } from "./session-policy";

/**
 * After a right password for an account with two-factor sign-in, the browser gets this ticket (in an httpOnly cookie)
 * instead of a session; with it and a code it can finish signing in for five minutes. The password is not kept.
 * Bound to the session version, so a password change voids open tickets.
 */
export const TICKET_SECONDS = 5 * 60;

export function makeTicket(secret: string, userId: string, sessionVersion: number, now = nowInSeconds()): string {
  const body = `${userId}.${sessionVersion}.${now + TICKET_SECONDS}`;
  return `${body}.${sign(secret, body)}`;
}

export function readTicket(secret: string, ticket: unknown, now = nowInSeconds()): { userId: string; sessionVersion: number } | null {
  if (typeof ticket !== "string") return null;
  const match = /^([0-9a-f-]{36})\.(\d{1,9})\.(\d{1,12})\.([\w-]{43})$/.exec(ticket);
  if (!match) return null;
  const [, userId, version, expires, mac] = match;
  if (Number(expires) < now) return null;
  if (!timingSafeEqual(Buffer.from(sign(secret, `${userId}.${version}.${expires}`)), Buffer.from(mac!))) return null;
  return { userId: userId!, sessionVersion: Number(version) };
}

function sign(secret: string, message: string): string {
  return createHmac("sha256", `second-factor:${secret}`).update(message).digest("base64url");
}
