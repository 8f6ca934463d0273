import { isWebhookEventKind, type WebhookEventKind } from "@/lib/webhooks/event-kinds";

/** Each event kind's key under `webhooks.eventKind` in the catalogues ("invitation.accepted" → "invitationAccepted"). */
export const eventKindKey = {
  "invitation.accepted": "invitationAccepted",
  "invitation.declined": "invitationDeclined",
  "relationship.activated": "relationshipActivated",
  "relationship.terminated": "relationshipTerminated",
  "mpa.signed": "mpaSigned",
  "onboarding.verified": "onboardingVerified",
  "termination.requested": "terminationRequested",
  "termination.decided": "terminationDecided",
  "compliance-scan.finished": "complianceScanFinished",
} as const satisfies Record<WebhookEventKind, string>;

/** The catalogue key of a stored kind, or null for one this version no longer knows (shown as its name). */
export function eventKindKeyOf(kind: string) {
  return isWebhookEventKind(kind) ? eventKindKey[kind] : null;
}
