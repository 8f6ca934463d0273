import { timingSafeEqual } from "node:crypto";
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP } from "@oslojs/otp";

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), as authenticator apps compute them. The codes come from
 * `@oslojs/otp`; this module keeps only what the app decides: the secret's size, the accepted clock drift and the
 * replay guard (a step at or before the last one used is refused).
 */

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ISSUER = "CSP Partner Hub";

/** Base32 without padding, the form authenticator apps store (and this app has always stored). */
export function base32Encode(bytes: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(bytes);
}

/** Also reads secrets typed with spaces, dashes or lower case. */
export function base32Decode(text: string): Uint8Array {
  return decodeBase32IgnorePadding(text.toUpperCase().replace(/[\s=-]/g, ""));
}

/** A new random secret (160 bits, the size RFC 4226 recommends). */
export function newTotpSecret(): string {
  return base32Encode(crypto.getRandomValues(new Uint8Array(20)));
}

export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  return generateHOTP(key, BigInt(counter), digits);
}

export function totpStep(unixSeconds: number): number {
  return Math.floor(unixSeconds / TOTP_PERIOD_SECONDS);
}

export function totp(secret: string, unixSeconds: number): string {
  return hotp(base32Decode(secret), totpStep(unixSeconds));
}

/**
 * The time step a code belongs to, or null. Accepts the previous and next step too (clock drift), but never a step at
 * or before `lastUsedStep`, so a code cannot be replayed.
 */
export function matchTotp(secret: string, code: string, unixSeconds: number, lastUsedStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = base32Decode(secret);
  const now = totpStep(unixSeconds);
  for (const step of [now, now - 1, now + 1]) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(code))) return step;
  }
  return null;
}

/** The URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, account: string): string {
  return createTOTPKeyURI(TOTP_ISSUER, account, base32Decode(secret), TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}
