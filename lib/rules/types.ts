// The shapes the rules work on. Written by hand (not inferred from zod) so that `evaluate` and everything the
// browser needs stays free of zod; `schema.ts` checks at compile time that its zod schema matches these types.
import type { FindingKey, PluralKey } from "./messages/en";

export type PartnerType = "indirect-provider" | "indirect-reseller" | "direct-bill";
/** A party in a sales chain. */
export type Party = "microsoft" | PartnerType | "customer";
export type RelationshipStatus = "invited" | "active" | "suspended" | "termination-requested" | "terminated";
/** How the selling side and the buying side of a sale are related (decided by our affiliation groups). */
export type Affiliation = "none" | "same-organization" | "same-affiliation-group";
/** ISO date, yyyy-mm-dd. */
export type IsoDate = string;

export type RuleId =
  | "MPA-REQUIRED"
  | "MPA-BEFORE-ASSOCIATION"
  | "MPA-BEFORE-NEW-BUSINESS"
  | "RESELLER-READINESS"
  | "DIRECT-BILL-REQUIREMENTS"
  | "SUPPORTED-CHAIN"
  | "PROVIDER-RESELLER-ACTIVE"
  | "MULTI-PARTNER"
  | "MULTI-CHANNEL"
  | "OWN-USE-SEPARATE-TENANT"
  | "NO-SELF-OR-AFFILIATE-SALE"
  | "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER"
  | "SAME-REGION-SALE"
  | "SAME-REGION-RELATIONSHIP"
  | "TERMINATION-VIA-SUPPORT"
  | "CUSTOMER-CONSENT";

/** What the direct-bill role demands; all four must be true. */
export interface DirectBillCapabilities {
  apiIntegration: boolean;
  billing: boolean;
  support: boolean;
  managedServices: boolean;
}

/**
 * A CSP partner. Readiness facts that are absent count as "not done": the rules never assume a step happened.
 */
export interface Partner {
  type: PartnerType;
  /** ISO 3166-1 alpha-2 (plus XK, XS, XE); the region is derived from it. */
  country: string;
  partnerId?: string;
  name?: string;
  onboarded?: boolean;
  /** Enrolled in CSP in its partner type (for a reseller: enrolled as indirect reseller). */
  enrolled?: boolean;
  /** Date the MPA was accepted, or null when it never was. */
  mpaAcceptedOn?: IsoDate | null;
  directBill?: DirectBillCapabilities;
  // Facts the later program versions need. Optional: a rule that needs one the proposal lacks says which one
  // (a finding with `missing`) and never reads the gap as "allowed".
  /** Date it enrolled as an indirect reseller: gives its months as a reseller and its yearly anniversary. */
  resellerSince?: IsoDate;
  /** CSP revenue in USD as an indirect reseller over the 12 months before the proposal's date. */
  trailingRevenueUsd?: number;
  /** CSP revenue in USD over the 12 months before its latest enrollment anniversary. */
  anniversaryRevenueUsd?: number;
  /** Date of its latest passed third-party assessment (direct-bill), or null when it never passed one. */
  assessedOn?: IsoDate | null;
  /** Date it was de-authorised as an indirect reseller, or null when it never was. */
  deauthorisedOn?: IsoDate | null;
}

export interface Customer {
  /** Country of the customer's tenant; it decides the region. */
  country: string;
  name?: string;
  tenantId?: string;
  /** How many other CSP partners already sell to or manage this customer (multi-partner / multi-channel). */
  otherPartners?: number;
  /**
   * Whether the customer agreed to this partner: "not-needed" for a partner's first sale to a customer it brought
   * itself, "accepted" when the customer's admin accepted its request, "missing" otherwise. Absent: not asked.
   */
  consent?: CustomerConsent;
}

export type CustomerConsent = "not-needed" | "accepted" | "missing";

/** The tenant a partner's own purchase is provisioned into. */
export interface Tenant {
  type: "customer" | "csp";
  id?: string;
  /** Defaults to the buyer's country. */
  country?: string;
  /**
   * A tenant set up as an environment of its own, apart from the reseller's partner organization and its provider
   * relationship (the article's scenario 6, option 1). An own-use tenant registered under the reseller's own
   * organization is not one.
   */
  separateEnvironment?: boolean;
}

interface ProposalBase {
  /** The date the action happens on (yyyy-mm-dd). Always an input: the rules never read the clock. */
  on: IsoDate;
  /** The partner who acts. */
  actor: Partner;
}

/** A partner sells to an end customer. */
export interface SellProposal extends ProposalBase {
  action: "sell";
  customer: Customer;
  /** For an indirect reseller: the provider it buys from. */
  provider?: Partner;
  /** Status of the relationship between `provider` and the reseller. */
  relationship?: RelationshipStatus;
  /** Who sells to whom; derived from the actor's type when absent. */
  chain?: Party[];
  affiliation?: Affiliation;
}

/** A partner buys for its own use, as an end customer of another partner. */
export interface BuyForOwnUseProposal extends ProposalBase {
  action: "buy-for-own-use";
  seller: Partner;
  /** When the seller is an indirect reseller: the indirect provider behind it. */
  sellerProvider?: Partner;
  tenant: Tenant;
  /** The buyer's CSP tenant id, to tell a separate tenant from the CSP one. */
  actorCspTenantId?: string;
  /** Status of an existing reseller relationship between the buyer and the provider that supplies this purchase. */
  relationship?: RelationshipStatus;
  affiliation?: Affiliation;
}

/** A provider and a reseller set up a relationship (invitation accepted). */
export interface LinkProviderResellerProposal extends ProposalBase {
  action: "link-provider-reseller";
  counterparty: Partner;
  relationship?: RelationshipStatus;
}

/** A provider records a reseller's Partner ID on a new CSP subscription. */
export interface AssociateResellerSubscriptionProposal extends ProposalBase {
  action: "associate-reseller-subscription";
  reseller: Partner;
  relationship?: RelationshipStatus;
  customer?: Customer;
}

/** A provider transacts new business with a reseller. */
export interface TransactNewBusinessProposal extends ProposalBase {
  action: "transact-new-business";
  reseller: Partner;
  relationship?: RelationshipStatus;
}

/** A partner is engaged by a customer to manage its subscriptions. */
export interface ManageCustomerSubscriptionsProposal extends ProposalBase {
  action: "manage-customer-subscriptions";
  customer: Customer;
}

/** A partner enrolls in CSP as a direct-bill partner or an indirect reseller. */
export interface EnrollProposal extends ProposalBase {
  action: "enroll";
  as: "direct-bill" | "indirect-reseller";
}

/** A provider–reseller relationship is ended. */
export interface EndRelationshipProposal extends ProposalBase {
  action: "end-relationship";
  counterparty: Partner;
  /** Current status of the relationship to end (required: there must be one to end). */
  relationship: RelationshipStatus;
  requestedBy: "partner" | "program-support";
}

export type Proposal =
  | SellProposal
  | BuyForOwnUseProposal
  | LinkProviderResellerProposal
  | AssociateResellerSubscriptionProposal
  | TransactNewBusinessProposal
  | ManageCustomerSubscriptionsProposal
  | EnrollProposal
  | EndRelationshipProposal;

export type Action = Proposal["action"];

export type FactValue = string | number | boolean | null;

export interface Remedy {
  id: string;
  ruleId: RuleId;
  title: string;
  detail: string;
}

/** A dated version of the program, as a finding or verdict cites it: when it took effect and where it is written. */
export interface VersionRef {
  id: string;
  /** The day the version took effect. */
  effective: IsoDate;
  /** The document that states it, and that document's date. */
  source: { document: string; date: IsoDate };
}

/** A value in a finding's message: raw words stay raw values, and each language renders them its own way. */
export type MessageParam =
  | string
  | number
  | { kind: "party"; value: Party }
  | { kind: "chain"; value: Party[] }
  | { kind: "place"; value: string }
  | { kind: "region"; value: string }
  | { kind: "usd"; value: number }
  | { kind: "date"; value: string }
  | { kind: "status"; value: RelationshipStatus }
  | { kind: "count"; key: PluralKey; value: number }
  | { kind: "list"; value: (MessageRef | string)[] }
  | { kind: "message"; value: MessageRef };

/** A text of the rules' catalogues (`lib/rules/messages`) with its values. */
export interface MessageRef {
  key: FindingKey;
  params?: Record<string, MessageParam>;
}

export interface Finding {
  ruleId: RuleId;
  outcome: "pass" | "fail" | "info";
  title: string;
  /** Plain language, our own words, with the concrete facts (in the language `evaluate` was asked for; English by default). */
  explanation: string;
  /** The explanation as a catalogue key and raw values, so it can be rendered in any language (`explainFinding`). */
  message?: MessageRef;
  facts: Record<string, FactValue>;
  /** Section of the source article the rule rests on. */
  section: string;
  /** The chain step the finding is about, when there is one. */
  party?: Party;
  /** Present (possibly empty) on failing findings only. */
  remedies?: Remedy[];
  /** The version of the rule that was applied: the latest change to it in force on the proposal's date. */
  version: VersionRef;
  /**
   * Facts the rule needed and the proposal lacked (e.g. "actor.trailingRevenueUsd"). Such a finding is "info": it
   * neither passes nor blocks, and the verdict lists the facts in `missingFacts`.
   */
  missing?: string[];
}

export interface ChainStep {
  party: Party;
  /** The first rule that fails at this step. */
  blocked?: RuleId;
}

export interface SupportedChain {
  id: "direct-bill" | "indirect";
  steps: ChainStep[];
}

export interface Verdict {
  allowed: boolean;
  action: Action;
  findings: Finding[];
  chains: SupportedChain[];
  /** Union of the remedies of the failing findings, without repeats. */
  remedies: Remedy[];
  /** Set when the action is allowed only as a request that program support carries out. */
  routedTo?: "program-support";
  /** The program version in force on the proposal's date; it decided every finding. */
  version: VersionRef;
  /** Facts some rule needed and did not get: the verdict holds only if they turn out to meet the rule. */
  missingFacts?: string[];
}
