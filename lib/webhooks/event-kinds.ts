/**
 * The events a webhook endpoint can subscribe to, with the words people read when choosing them. Plain data, safe
 * for the browser. To add a kind: a line here, then `emitWebhookEvent` from the data function that makes the change.
 */
export const webhookEventKinds = {
  "invitation.accepted": "A reseller accepted a provider's invitation",
  "invitation.declined": "A reseller declined a provider's invitation",
  "relationship.activated": "A provider–reseller relationship became active",
  "relationship.terminated": "A provider–reseller relationship was ended",
  "mpa.signed": "A reseller signed the Microsoft Partner Agreement",
  "onboarding.verified": "Program support verified an organization's onboarding",
  "termination.requested": "One side asked to end a relationship",
  "termination.decided": "Program support approved or rejected a request to end a relationship",
  "compliance-scan.finished": "A compliance scan finished",
} as const;

export type WebhookEventKind = keyof typeof webhookEventKinds;

export const webhookEventKindNames = Object.keys(webhookEventKinds) as WebhookEventKind[];

export function isWebhookEventKind(value: string): value is WebhookEventKind {
  return Object.hasOwn(webhookEventKinds, value);
}
