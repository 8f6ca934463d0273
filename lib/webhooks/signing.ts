import { hkdfSync, randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { openSecret, sealSecret } from "@/lib/partner-center/sealed";

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): a secret `whsec_<base64 of 24 random bytes>`, and per
 * request `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">`, computed by the `standardwebhooks` package, the one receivers verify with.
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** A message id (the `webhook-id` header), the same for every attempt of one event to one endpoint. */
export function newMessageId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}

export function signatureHeaders(secret: string, messageId: string, at: Date, body: string): Record<string, string> {
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(messageId, at, body),
  };
}

/**
 * Endpoint secrets are stored sealed (AES-256-GCM) under a key derived from AUTH_SECRET with its own label: the
 * database alone does not let anyone forge our signatures. Changing AUTH_SECRET makes them unreadable: rotate each
 * endpoint's secret afterwards.
 */
function sealingKey(authSecret: string | undefined): Buffer {
  if (!authSecret) throw new Error("AUTH_SECRET must be set to keep webhook secrets.");
  return Buffer.from(hkdfSync("sha256", authSecret, "csp-partner-hub", "webhook-signing-secrets", 32));
}

export function sealWebhookSecret(secret: string, authSecret: string | undefined): string {
  return sealSecret(secret, sealingKey(authSecret));
}

export function openWebhookSecret(sealed: string, authSecret: string | undefined): string {
  return openSecret(sealed, sealingKey(authSecret));
}
