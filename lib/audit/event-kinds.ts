import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * The kinds of audit event the app writes, with their English label. The audit log's kind filter, the timeline and
 * the partner directory read labels through `auditEventLabel`, in the reader's language (messages/<locale>/audit.json,
 * `kinds.<entity>.<event>` in camelCase). Stored events keep these ids (data); only the labels are translated.
 * A kind missing from the list still shows, by its id.
 */
export const auditEventKinds = {
  "organization.signed-up": "Organization signed up",
  "organization.onboarding-submitted": "Onboarding details submitted",
  "organization.onboarding-approved": "Onboarding verified by program support",
  "organization.onboarding-rejected": "Onboarding sent back by program support",
  "organization.reseller-enrolled": "Enrolled as indirect reseller",
  "organization.capabilities-recorded": "Direct-bill capabilities recorded",
  "organization.direct-bill-enrolled": "Enrolled as direct-bill partner",
  "organization.mpa-accepted": "Microsoft Partner Agreement signed",
  "organization.details-changed": "Organization details changed",
  "organization.two-factor-requirement-set": "Two-factor requirement changed",
  "invitation.created": "Reseller invited",
  "invitation.resent": "Invitation sent again",
  "invitation.revoked": "Invitation revoked",
  "invitation.accepted": "Invitation accepted",
  "invitation.declined": "Invitation declined",
  "relationship.activated": "Relationship active",
  "relationship.termination-requested": "End of relationship requested",
  "relationship.termination-withdrawn": "Request to end withdrawn",
  "relationship.terminated": "Relationship terminated by program support",
  "relationship.termination-rejected": "Request to end rejected by program support",
  "customer.created": "Customer added",
  "customer.created-for-reseller": "Customer created on a reseller's behalf",
  "subscription.created": "Subscription sold",
  "subscription.created-with-reseller": "Subscription with a reseller of record",
  "tenant.registered-for-own-use": "Tenant registered for own use",
  "order-request.created": "Order request sent",
  "order-request.accepted": "Order request accepted",
  "order-request.declined": "Order request declined",
  "order-request.withdrawn": "Order request withdrawn",
  "team.invited": "Colleague invited",
  "team.invitation-resent": "Colleague invitation sent again",
  "team.invitation-revoked": "Colleague invitation revoked",
  "team.invitation-accepted": "Colleague joined",
  "team.role-changed": "Role changed",
  "team.member-removed": "Colleague removed",
  "user.renamed": "Name changed",
  "user.language-changed": "Language changed",
  "user.password-changed": "Password changed",
  "user.password-reset-requested": "Password reset asked for",
  "user.password-reset": "Password reset",
  "user.email-change-requested": "Email change asked for",
  "user.email-changed": "Email address changed",
  "user.email-verified": "Email address confirmed",
  "user.verification-email-sent": "Confirmation link sent again",
  "user.session-ended": "Signed out of a session",
  "user.other-sessions-ended": "Signed out of all other sessions",
  "user.two-factor-setup-started": "Two-factor set-up started",
  "user.two-factor-enabled": "Two-factor sign-in turned on",
  "user.two-factor-disabled": "Two-factor sign-in turned off",
} as const satisfies Record<string, string>;

export type AuditEventKind = keyof typeof auditEventKinds;

const camel = (part: string) => part.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** "organization.signed-up" → "Organization signed up" / "Organisatie geregistreerd"; an unknown kind, its id. */
export function auditEventLabel(action: string, locale: Locale = defaultLocale): string {
  if (!Object.hasOwn(auditEventKinds, action)) return action;
  const [entity = "", event = ""] = action.split(".");
  return translator(locale, "audit")(`kinds.${camel(entity)}.${camel(event)}` as Parameters<ReturnType<typeof translator<"audit">>>[0]);
}

/** Every kind with its label in the reader's language, in catalogue order (the audit log's kind filter). */
export function auditEventKindOptions(locale: Locale): { kind: AuditEventKind; label: string }[] {
  return (Object.keys(auditEventKinds) as AuditEventKind[]).map((kind) => ({ kind, label: auditEventLabel(kind, locale) }));
}

/** The decisions program support takes: the directory and the support page list them together. */
export const supportDecisionKinds = [
  "organization.onboarding-approved",
  "organization.onboarding-rejected",
  "relationship.terminated",
  "relationship.termination-rejected",
] as const satisfies AuditEventKind[];
