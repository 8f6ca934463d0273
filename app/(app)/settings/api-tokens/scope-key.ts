import type { ApiScope } from "@/lib/permissions";

/** Each scope's key under `apiTokens.scope` in the catalogues ("resellers:read" → "resellersRead"). */
export const scopeKey = {
  "resellers:read": "resellersRead",
  "invitations:write": "invitationsWrite",
  "mpa:verify": "mpaVerify",
  "customers:read": "customersRead",
  "audit:read": "auditRead",
  "notifications:read": "notificationsRead",
  "compliance:read": "complianceRead",
} as const satisfies Record<ApiScope, string>;
