// The checker's form state: every answer the scenario checker asks for, flat and serialisable. It is turned into a
// rules `Proposal` by `buildProposal` and into a URL query by `scenarioToQuery`. Browser-safe: no zod, no I/O.
import type { Action, Affiliation, PartnerType, RelationshipStatus } from "@/lib/rules";

/** A list of options with its labels in a language (`words` maps each value to its label: `checkerText(locale)`). */
export function optionsIn<T extends string>(options: readonly { value: T }[], words: Record<T, string>): { value: T; label: string }[] {
  return options.map((option) => ({ value: option.value, label: words[option.value] }));
}

export const ACTIONS: readonly { value: Action; label: string }[] = [
  { value: "sell", label: "Sell to a customer" },
  { value: "buy-for-own-use", label: "Buy for my own use" },
  { value: "link-provider-reseller", label: "Link a provider and a reseller" },
  { value: "associate-reseller-subscription", label: "Associate a reseller with a new subscription" },
  { value: "transact-new-business", label: "Transact new business with a reseller" },
  { value: "manage-customer-subscriptions", label: "Manage a customer's subscriptions" },
  { value: "enroll", label: "Enroll in CSP" },
  { value: "end-relationship", label: "End a provider–reseller relationship" },
];

export const PARTNER_TYPES: readonly { value: PartnerType; label: string }[] = [
  { value: "indirect-provider", label: "Indirect provider" },
  { value: "indirect-reseller", label: "Indirect reseller" },
  { value: "direct-bill", label: "Direct-bill partner" },
];

export const RELATIONSHIPS: readonly { value: RelationshipStatus | "none"; label: string }[] = [
  { value: "none", label: "No relationship" },
  { value: "invited", label: "Invited (not accepted yet)" },
  { value: "active", label: "Active" },
  { value: "suspended", label: "Suspended" },
  { value: "termination-requested", label: "Termination requested" },
  { value: "terminated", label: "Terminated" },
];

export const AFFILIATIONS: readonly { value: Affiliation; label: string }[] = [
  { value: "none", label: "Unrelated organizations" },
  { value: "same-organization", label: "The same organization" },
  { value: "same-affiliation-group", label: "Affiliates (same group of companies)" },
];

export const TENANTS = [
  { value: "separate", label: "A separate customer-type tenant for internal use" },
  { value: "shared", label: "A customer-type tenant in the environment tied to my reseller relationship" },
  { value: "csp", label: "My CSP tenant" },
] as const;
export type TenantChoice = (typeof TENANTS)[number]["value"];

export const ENROLL_AS = [
  { value: "indirect-reseller", label: "Indirect reseller" },
  { value: "direct-bill", label: "Direct-bill partner" },
] as const;
export type EnrollAs = (typeof ENROLL_AS)[number]["value"];

export const REQUESTED_BY = [
  { value: "partner", label: "One of the two partners" },
  { value: "program-support", label: "Program support" },
] as const;
export type RequestedBy = (typeof REQUESTED_BY)[number]["value"];

/** What direct-bill partners must provide (the rules' `DirectBillCapabilities`). */
export const CAPABILITIES = [
  { key: "apiIntegration", label: "API integration with Microsoft" },
  { key: "billing", label: "Bills its customers" },
  { key: "support", label: "Supports its customers" },
  { key: "managedServices", label: "Provides managed services" },
] as const;
export type CapabilityKey = (typeof CAPABILITIES)[number]["key"];

/** A partner as the form asks about it (the user, or the partner on the other side). */
export interface PartnerAnswers {
  type: PartnerType;
  country: string;
  onboarded: boolean;
  enrolled: boolean;
  mpaSigned: boolean;
  /** yyyy-mm-dd; kept while `mpaSigned` is off so that ticking it again restores the date. */
  mpaDate: string;
  capabilities: Record<CapabilityKey, boolean>;
  /** Facts the later program versions read; a blank answer is "not given", never "met". */
  later?: LaterAnswers;
}

/** The later versions' facts as the form holds them: yyyy-mm-dd dates and whole USD amounts as text, "" when blank. */
export interface LaterAnswers {
  resellerSince: string;
  trailingRevenueUsd: string;
  anniversaryRevenueUsd: string;
  assessedOn: string;
}

export const NO_LATER_ANSWERS: LaterAnswers = { resellerSince: "", trailingRevenueUsd: "", anniversaryRevenueUsd: "", assessedOn: "" };

export interface Scenario {
  me: PartnerAnswers;
  action: Action;
  /** The partner on the other side: provider, reseller, or seller of an own-use purchase. */
  other: PartnerAnswers;
  /** Status of the provider–reseller relationship in question. */
  relationship: RelationshipStatus | "none";
  /** How the buyer and the seller are related. */
  affiliation: Affiliation;
  customerCountry: string;
  /** Other CSP partners the customer already works with. */
  otherPartners: number;
  tenant: TenantChoice;
  enrollAs: EnrollAs;
  requestedBy: RequestedBy;
  /** The date of the action (yyyy-mm-dd). */
  on: string;
}

const allCapabilities = (): Record<CapabilityKey, boolean> => ({ apiIntegration: true, billing: true, support: true, managedServices: true });

/** A fully ready partner; the form starts here so that a fresh checker shows an allowed sale. */
export function readyPartner(type: PartnerType, country: string, mpaDate = "2020-01-15"): PartnerAnswers {
  return { type, country, onboarded: true, enrolled: true, mpaSigned: true, mpaDate, capabilities: allCapabilities() };
}

/** The scenario an anonymous visitor starts from: a ready reseller in Germany sells through its Dutch provider. */
export function defaultScenario(on: string): Scenario {
  return {
    me: readyPartner("indirect-reseller", "DE"),
    action: "sell",
    other: readyPartner("indirect-provider", "NL"),
    relationship: "active",
    affiliation: "none",
    customerCountry: "DE",
    otherPartners: 0,
    tenant: "separate",
    enrollAs: "indirect-reseller",
    requestedBy: "partner",
    on,
  };
}

/** Where a signed-in partner starts: itself as "who you are", doing the most common thing its type does. */
export function scenarioForPartner(me: PartnerAnswers, on: string): Scenario {
  const start = { ...defaultScenario(on), me, customerCountry: me.country };
  if (me.type === "indirect-provider") {
    return { ...start, action: "transact-new-business", other: readyPartner("indirect-reseller", me.country) };
  }
  return me.type === "indirect-reseller" ? { ...start, other: readyPartner("indirect-provider", me.country) } : start;
}

/** An own-use purchase by a reseller from a seller supplied by an indirect provider (not a direct-bill partner). */
export function ownUseThroughProvider(scenario: Scenario): boolean {
  return scenario.me.type === "indirect-reseller" && scenario.other.type !== "direct-bill";
}
