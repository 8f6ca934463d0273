import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Seals a Partner Center token cache (it holds a refresh token) for storage: AES-256-GCM with a random nonce, so the
 * database alone never reveals it and any tampering is detected. Format: `v1.<nonce>.<tag>.<ciphertext>` (base64url).
 */
export function sealSecret(plain: string, key: Buffer): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", nonce.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

/** Opens what `sealSecret` sealed; throws when the key is wrong or the text was altered. */
export function openSecret(sealed: string, key: Buffer): string {
  const [version, nonce, tag, body] = sealed.split(".");
  if (version !== "v1" || !nonce || !tag || body === undefined) throw new Error("Not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(nonce, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * The sealing key: PARTNER_CENTER_TOKEN_KEY (32 bytes, base64) when set; otherwise derived from AUTH_SECRET with HKDF
 * under its own label, so a development machine works without one more secret. Null when neither is configured.
 */
export function tokenSealingKey(config: { PARTNER_CENTER_TOKEN_KEY?: string; AUTH_SECRET?: string }): Buffer | null {
  if (config.PARTNER_CENTER_TOKEN_KEY) {
    const key = Buffer.from(config.PARTNER_CENTER_TOKEN_KEY, "base64");
    if (key.length !== 32) throw new Error("PARTNER_CENTER_TOKEN_KEY must be 32 bytes, base64-encoded.");
    return key;
  }
  if (!config.AUTH_SECRET) return null;
  return Buffer.from(hkdfSync("sha256", config.AUTH_SECRET, "csp-partner-hub", "partner-center-token-cache", 32));
}
