import type { ApiScope } from "@/lib/permissions";

/** What each scope is for, in the document and on the token form. */
export const scopeDescriptions: Record<ApiScope, string> = {
  "resellers:read": "Read your resellers, their readiness and the subscriptions billed through them (indirect providers).",
  "invitations:write": "Invite resellers and revoke pending invitations (indirect providers).",
  "mpa:verify": "Verify the MPA of Partner IDs in bulk (indirect providers).",
  "customers:read": "Read your customers and their subscriptions (indirect resellers, direct-bill partners).",
  "audit:read": "Read your organization's audit log.",
  "notifications:read": "Read the notifications of the admin who made the token.",
  "compliance:read": "Read the last compliance scan's findings (indirect providers, direct-bill partners).",
};
