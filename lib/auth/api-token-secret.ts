import { createHash, randomBytes } from "node:crypto";

/**
 * Partner API token secrets: `csp_` and 32 random bytes in base64url (256 bits, so a plain SHA-256 is a safe way to
 * store them: nothing to brute-force). The prefix lets people and secret scanners recognise one.
 */
export const API_TOKEN_PREFIX = "csp_";
const SECRET_PATTERN = /^csp_[A-Za-z0-9_-]{43}$/;

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** What a list shows to tell tokens apart: the prefix and the first characters, never enough to use it. */
export function displayPrefixOf(secret: string): string {
  return secret.slice(0, API_TOKEN_PREFIX.length + 6);
}

/** The secret of an `Authorization: Bearer …` header when it has a token's shape; null otherwise. */
export function bearerSecretOf(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match && SECRET_PATTERN.test(match[1]!) ? match[1]! : null;
}
