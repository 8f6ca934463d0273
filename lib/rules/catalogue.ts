// The rules as data: what the UI lists and what every finding cites. Summaries and remedies are in our own words;
// `section` names the part of the source article ("Supported CSP partner relationships", 2020-05-12) a rule rests on.
import type { Remedy, RuleId } from "./types";

export interface Rule {
  id: RuleId;
  title: string;
  summary: string;
  section: string;
  /** What a partner can do when the rule blocks it; empty for rules that never block. */
  remedies: Remedy[];
}

const MPA_SECTION = "CSP program requirements: Signing the Microsoft Partner Agreement (MPA)";
const TYPES_SECTION = "Types of partner relationships in the CSP program";

function remedy(ruleId: RuleId, id: string, title: string, detail: string): Remedy {
  return { id, ruleId, title, detail };
}

export const RULES: readonly Rule[] = [
  {
    id: "MPA-REQUIRED",
    title: "Partners need the MPA to transact",
    summary:
      "Since 1 February 2020 any partner doing business in CSP, whether provider, reseller or direct-bill partner, must have accepted the Microsoft Partner Agreement.",
    section: MPA_SECTION,
    remedies: [
      remedy("MPA-REQUIRED", "accept-mpa", "Accept the MPA", "A global admin of the partner's CSP tenant accepts the Microsoft Partner Agreement in Partner Center; then try again."),
    ],
  },
  {
    id: "MPA-BEFORE-ASSOCIATION",
    title: "Reseller's MPA before linking its Partner ID to a subscription",
    summary:
      "A provider can record a reseller's Partner ID on a new CSP subscription only after that reseller has accepted the MPA.",
    section: MPA_SECTION,
    remedies: [
      remedy("MPA-BEFORE-ASSOCIATION", "reseller-accepts-mpa", "Ask the reseller to accept the MPA", "The reseller accepts the Microsoft Partner Agreement in Partner Center; verify it by Partner ID, then associate the subscription."),
    ],
  },
  {
    id: "MPA-BEFORE-NEW-BUSINESS",
    title: "Reseller's MPA before new business",
    summary: "A provider can start new business with a reseller only after that reseller has accepted the MPA.",
    section: MPA_SECTION,
    remedies: [
      remedy("MPA-BEFORE-NEW-BUSINESS", "reseller-accepts-mpa-new-business", "Ask the reseller to accept the MPA", "The reseller accepts the Microsoft Partner Agreement in Partner Center before any new order goes through."),
    ],
  },
  {
    id: "RESELLER-READINESS",
    title: "Reseller readiness: onboard, enroll, accept the MPA",
    summary:
      "An indirect reseller can take on new business only once it has joined Partner Center, enrolled as an indirect reseller and accepted the MPA.",
    section: MPA_SECTION,
    remedies: [
      remedy("RESELLER-READINESS", "complete-readiness", "Finish the three readiness steps", "Join Partner Center, enroll as an indirect reseller and accept the Microsoft Partner Agreement, in that order."),
    ],
  },
  {
    id: "DIRECT-BILL-REQUIREMENTS",
    title: "What a direct-bill partner must be able to do",
    summary:
      "To enroll or act as a direct-bill partner you connect to Microsoft through its APIs and keep billing, supporting and running managed services for your customers.",
    section: TYPES_SECTION,
    remedies: [
      remedy("DIRECT-BILL-REQUIREMENTS", "build-capabilities", "Build the missing capabilities", "Put API integration, billing, support and managed services in place before enrolling as direct-bill."),
      remedy("DIRECT-BILL-REQUIREMENTS", "go-indirect", "Work as an indirect reseller instead", "Sell through an indirect provider, who handles the billing relationship with Microsoft."),
    ],
  },
  {
    id: "SUPPORTED-CHAIN",
    title: "Sales follow one of the two supported chains",
    summary:
      "A sale reaches a customer either from Microsoft through a direct-bill partner, or from Microsoft through an indirect provider and then an indirect reseller. Resellers do not buy from Microsoft, and providers do not sell to end customers without a reseller.",
    section: "Sample scenario 1",
    remedies: [
      remedy("SUPPORTED-CHAIN", "use-direct-chain", "Sell as a direct-bill partner", "Microsoft sells to the direct-bill partner, who sells to the customer."),
      remedy("SUPPORTED-CHAIN", "use-indirect-chain", "Sell through provider and reseller", "Microsoft sells to an indirect provider, the provider to an indirect reseller, and the reseller to the customer."),
    ],
  },
  {
    id: "PROVIDER-RESELLER-ACTIVE",
    title: "Provider and reseller need an active relationship",
    summary: "A provider does business for a reseller only while the relationship between them is active.",
    section: `${TYPES_SECTION}; Sample scenario 1`,
    remedies: [
      remedy("PROVIDER-RESELLER-ACTIVE", "activate-relationship", "Activate the relationship", "The reseller accepts the provider's invitation, or the suspension is lifted, before business goes through."),
    ],
  },
  {
    id: "MULTI-PARTNER",
    title: "A customer may buy from several partners",
    summary: "A customer is free to get different services from different CSP partners; this never blocks a sale.",
    section: "Sample scenario 2",
    remedies: [],
  },
  {
    id: "MULTI-CHANNEL",
    title: "A customer may have several partners manage its subscriptions",
    summary: "A customer may hire more than one partner to manage and support its subscriptions; this never blocks anything.",
    section: "Sample scenario 3",
    remedies: [],
  },
  {
    id: "OWN-USE-SEPARATE-TENANT",
    title: "Own-use purchases go to a separate customer tenant",
    summary:
      "A partner buying for itself buys like any customer, from an indirect reseller or a direct-bill partner, and the services land in a customer-type tenant, never in its CSP tenant.",
    section: "Sample scenario 4",
    remedies: [
      remedy("OWN-USE-SEPARATE-TENANT", "use-customer-tenant", "Provision into a customer-type tenant", "Create or pick a tenant set up as customer type for internal use, separate from the CSP tenant."),
      remedy("OWN-USE-SEPARATE-TENANT", "buy-from-reseller-or-direct", "Buy from a reseller or a direct-bill partner", "Own-use purchases come from an indirect reseller or a direct-bill partner, as for any customer."),
    ],
  },
  {
    id: "NO-SELF-OR-AFFILIATE-SALE",
    title: "No sales to yourself or your affiliates",
    summary: "By contract a partner cannot be its own end customer, nor sell to organizations affiliated with it.",
    section: "Sample scenario 5",
    remedies: [
      remedy("NO-SELF-OR-AFFILIATE-SALE", "buy-from-unrelated-partner", "Buy from an unrelated partner", "For its own use the organization buys as a customer from a partner outside its affiliation group, into a customer-type tenant."),
    ],
  },
  {
    id: "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER",
    title: "A reseller is not an end customer of its own provider",
    summary:
      "Once a reseller resells for a provider, it cannot also become that provider's end customer in the same environment. It has three ways out.",
    section: "Sample scenario 6",
    remedies: [
      remedy("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER", "option-1-separate-tenant", "Option 1: use a separate tenant", "Set up another tenant as an environment of its own, apart from your partner organization and its provider relationship, and buy for own use into it."),
      remedy("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER", "option-2-switch-provider", "Option 2: end the relationship and move", "Ask program support to end the relationship with this provider, resell for another provider, and buy for own use from a different partner."),
      remedy("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER", "option-3-add-provider", "Option 3: add a second provider", "Keep the current provider and also become a reseller of another provider."),
    ],
  },
  {
    id: "SAME-REGION-SALE",
    title: "Sell only within your CSP region",
    summary: "A partner's customers must be in its own CSP region; the country of the customer's tenant decides.",
    section: "Sample scenario 7",
    remedies: [
      remedy("SAME-REGION-SALE", "partner-in-customer-region", "Work with a partner in the customer's region", "Refer the customer to a partner that is set up in the customer's CSP region."),
    ],
  },
  {
    id: "SAME-REGION-RELATIONSHIP",
    title: "Provider and reseller in the same region",
    summary: "A provider and a reseller can work together only when both are in the same CSP region.",
    section: "Sample scenario 8",
    remedies: [
      remedy("SAME-REGION-RELATIONSHIP", "provider-in-same-region", "Pick a partner in the same region", "The reseller works with a provider set up in its own CSP region (and vice versa)."),
    ],
  },
  {
    id: "TERMINATION-VIA-SUPPORT",
    title: "Program support ends provider–reseller relationships",
    summary:
      "In the article's program partners cannot end a provider–reseller relationship themselves; they ask program support, who ends it. From 1 July 2020 a provider may end it itself (see the rule's history).",
    section: "Sample scenario 6, option 2",
    remedies: [
      remedy("TERMINATION-VIA-SUPPORT", "contact-program-support", "Contact program support", "File a request with Microsoft partner support to end the relationship."),
    ],
  },
  {
    id: "CUSTOMER-CONSENT",
    title: "The customer agrees to each partner it works with",
    summary:
      "A partner manages a customer's subscriptions only after the customer's admin accepted its request, and sells to a customer another partner already serves only after the customer accepted a reseller relationship request. A first sale to a customer the partner brings itself needs no request.",
    section: "Sample scenario 3 (and scenario 2)",
    remedies: [
      remedy("CUSTOMER-CONSENT", "ask-customer", "Ask the customer's admin", "Send the customer a request from Customers → Requests; its admin accepts or declines it within 30 days."),
    ],
  },
];

const rulesById = new Map<RuleId, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule;
export function ruleById(id: string): Rule | undefined;
export function ruleById(id: string): Rule | undefined {
  return rulesById.get(id as RuleId);
}

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);
