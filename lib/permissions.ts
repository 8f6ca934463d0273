import type { PartnerType } from "@/lib/rules";

/**
 * Who may do what, written once (dub's model): each capability lists, per partner type (or program support), the
 * roles that have it. `defineAction`, pages, navigation and the data layer ask `can()`; the authorization matrix
 * (test/authorization/) derives each cell's expected answer from this table plus the cross-organization rule (acting
 * on another organization's record answers "not found"). Record-level checks (whose record it is, what state it is
 * in) stay in the data layer; this table only says which kind of user may try at all.
 */

/**
 * Who is asking, as far as permissions care: `Actor` fits. Program support and a customer's admin belong to no
 * partner type.
 */
export type Subject = {
  partnerType: PartnerType | null;
  role: "admin" | "member" | "support" | "customer-admin";
  /** A partner API token acts as an admin of its organization, limited to its scopes (see apiScopes). */
  apiToken?: { scopes: readonly ApiScope[] } | null;
};

type PartnerRole = "admin" | "member";
/** Per partner type the roles granted; `support` for program support, `customer` for an end customer's admin. */
type Grant = { [type in PartnerType]?: readonly PartnerRole[] } & { support?: true; customer?: true };

const everyRole: readonly PartnerRole[] = ["admin", "member"];
const adminsOnly: readonly PartnerRole[] = ["admin"];
/** Every partner type, with the roles given. */
const allPartners = (roles: readonly PartnerRole[]): Grant => ({ "indirect-provider": roles, "indirect-reseller": roles, "direct-bill": roles });
/** Partners that sell to others: indirect resellers and direct-bill partners. */
const sellers = (roles: readonly PartnerRole[]): Grant => ({ "indirect-reseller": roles, "direct-bill": roles });

export const capabilities = {
  // An indirect provider and its resellers.
  "reseller.view": { "indirect-provider": everyRole },
  "reseller.invite": { "indirect-provider": adminsOnly },
  "reseller.verify-mpa": { "indirect-provider": everyRole },
  "reseller.request-termination": { "indirect-provider": adminsOnly },
  "subscription.create": { "indirect-provider": adminsOnly },
  "partner-center.manage": { "indirect-provider": adminsOnly },
  "reseller.remind-mpa": { "indirect-provider": adminsOnly },
  // An indirect reseller and its providers.
  "provider.view": { "indirect-reseller": everyRole },
  "provider.answer-invitation": { "indirect-reseller": adminsOnly },
  "provider.request-end": { "indirect-reseller": adminsOnly },
  // Readiness of the partner's own organization.
  "status.view": sellers(everyRole),
  "organization.accept-mpa": allPartners(adminsOnly),
  "organization.submit-onboarding": allPartners(adminsOnly),
  "organization.enroll-reseller": { "indirect-reseller": adminsOnly },
  "organization.enroll-direct-bill": { "direct-bill": adminsOnly },
  "organization.record-direct-bill-capabilities": { "direct-bill": adminsOnly },
  "organization.view-details": allPartners(everyRole),
  "organization.edit-details": allPartners(adminsOnly),
  "organization.require-two-factor": allPartners(adminsOnly),
  // Webhook endpoints (URL, events, signing secret) and their delivery logs: the organization's admins.
  "webhooks.manage": allPartners(adminsOnly),
  // Customers of partners that sell to them.
  "customer.view": sellers(everyRole),
  "customer.add": sellers(everyRole),
  "customer.sell": { "direct-bill": everyRole },
  "customer.request-consent": sellers(adminsOnly),
  "customer.invite-admin": sellers(adminsOnly),
  // An end customer's admin: the partners that serve the customer, their requests, the customer's own settings.
  "end-customer.view-partners": { customer: true },
  "end-customer.decide-consent": { customer: true },
  "end-customer.require-two-factor": { customer: true },
  // Buying for the partner's own use, and deciding on what others want to buy from it.
  "own-use.buy": allPartners(everyRole),
  "order-request.view": sellers(everyRole),
  "order-request.decide": sellers(adminsOnly),
  // The scenario checker with the partner's real counterparties (support acts for no organization, so has none).
  "checker.pick-counterparty": allPartners(everyRole),
  // Re-checking past subscriptions against the rules: providers (their book), direct-bill partners (their sales),
  // program support (everything); a scan reads, it changes no partner data, so members too.
  "compliance.scan": { "indirect-provider": everyRole, "direct-bill": everyRole, support: true },
  // The audit log: the page for every partner user and support; the events for partner admins and support.
  "audit-log.view": { ...allPartners(everyRole), support: true },
  "audit-log.read": { ...allPartners(adminsOnly), support: true },
  // Program support.
  "support.view": { support: true },
  "support.verify-onboarding": { support: true },
  "support.decide-termination": { support: true },
  // Teams: partner admins for their organization, support for its own staff.
  "team.view": { ...allPartners(everyRole), support: true },
  "team.invite": { ...allPartners(adminsOnly), support: true },
  "team.remove": { ...allPartners(adminsOnly), support: true },
  "team.change-role": allPartners(adminsOnly),
  // One's own account (name, password, email, sessions, two-factor sign-in) and one's own notifications.
  "account.manage": { ...allPartners(everyRole), support: true, customer: true },
  "notifications.manage": { ...allPartners(everyRole), support: true, customer: true },
  // Partner API tokens of the organization (issue 17): made, listed and revoked by its admins.
  "api-token.manage": allPartners(adminsOnly),
} as const satisfies Record<string, Grant>;

export type Capability = keyof typeof capabilities;

export const capabilityNames = Object.keys(capabilities) as Capability[];

/**
 * What each partner API scope lets a token do, as capabilities of the table above. A token's answer is the table's
 * answer for an admin of its organization AND one of its scopes granting the capability, so a token can never do
 * what its organization's admin could not.
 */
export const apiScopes = {
  "resellers:read": ["reseller.view"],
  "invitations:write": ["reseller.invite"],
  "mpa:verify": ["reseller.verify-mpa"],
  "customers:read": ["customer.view"],
  "audit:read": ["audit-log.view", "audit-log.read"],
  "notifications:read": ["notifications.manage"],
  "compliance:read": ["compliance.scan"],
} as const satisfies Record<string, readonly Capability[]>;

export type ApiScope = keyof typeof apiScopes;
export const apiScopeNames = Object.keys(apiScopes) as ApiScope[];

/** Whether one of these scopes grants the capability. */
export function scopesGrant(scopes: readonly ApiScope[], capability: Capability): boolean {
  return scopes.some((scope) => (apiScopes[scope] as readonly Capability[] | undefined)?.includes(capability) ?? false);
}

/** Whether this user may do this at all; null (nobody signed in) may do nothing. */
export function can(subject: Subject | null, capability: Capability): boolean {
  if (!subject) return false;
  if (subject.apiToken && !scopesGrant(subject.apiToken.scopes, capability)) return false;
  const grant: Grant = capabilities[capability];
  if (subject.role === "support") return grant.support === true;
  if (subject.role === "customer-admin") return grant.customer === true;
  if (!subject.partnerType) return false;
  return grant[subject.partnerType]?.includes(subject.role) ?? false;
}
