// Which questions matter for a scenario: the form shows only these, so a visitor never answers something that
// cannot change the verdict. Kept beside `buildProposal`, which reads the same answers.
import type { PartnerType } from "@/lib/rules";
import { ownUseThroughProvider } from "./proposal";
import type { Scenario } from "./scenario";

export interface Questions {
  /** Onboarded and enrolled (the first two readiness steps). */
  mySteps: boolean;
  myMpa: boolean;
  myCapabilities: boolean;
  /** The partner on the other side, and how to call it; null when there is none. */
  other: { heading: string; fixedType?: PartnerType; country: boolean; steps: boolean; mpa: boolean; capabilities: boolean } | null;
  relationship: { label: string; allowNone: boolean } | null;
  affiliation: string | null;
  customer: { heading: string; otherPartners: boolean } | null;
  tenant: boolean;
  enrollAs: boolean;
  requestedBy: boolean;
}

const none: Questions = {
  mySteps: false,
  myMpa: false,
  myCapabilities: false,
  other: null,
  relationship: null,
  affiliation: null,
  customer: null,
  tenant: false,
  enrollAs: false,
  requestedBy: false,
};

export function questionsFor(scenario: Scenario): Questions {
  const { me, other } = scenario;
  const iAmReseller = me.type === "indirect-reseller";
  switch (scenario.action) {
    case "sell":
      return {
        ...none,
        mySteps: iAmReseller,
        myMpa: true,
        myCapabilities: me.type === "direct-bill",
        other: iAmReseller ? { heading: "Your indirect provider", fixedType: "indirect-provider", country: true, steps: false, mpa: true, capabilities: false } : null,
        relationship: iAmReseller ? { label: "Your relationship with this provider", allowNone: true } : null,
        affiliation: "How is the customer related to you?",
        customer: { heading: "The customer", otherPartners: true },
      };
    case "buy-for-own-use":
      return {
        ...none,
        other: { heading: "The partner you buy from", country: true, steps: other.type === "indirect-reseller", mpa: true, capabilities: other.type === "direct-bill" },
        relationship: ownUseThroughProvider(scenario) ? { label: "Your reseller relationship with the provider that supplies this purchase", allowNone: true } : null,
        affiliation: "How is the seller related to you?",
        tenant: true,
      };
    case "link-provider-reseller":
      return {
        ...none,
        myMpa: true,
        other: { heading: "The other partner", country: true, steps: false, mpa: true, capabilities: false },
        relationship: { label: "Existing relationship between you", allowNone: true },
      };
    case "associate-reseller-subscription":
      return {
        ...none,
        myMpa: true,
        other: { heading: "The reseller", country: true, steps: false, mpa: true, capabilities: false },
        relationship: { label: "Your relationship with this reseller", allowNone: true },
        customer: { heading: "The subscription's customer", otherPartners: false },
      };
    case "transact-new-business":
      return {
        ...none,
        myMpa: true,
        other: { heading: "The reseller", country: true, steps: true, mpa: true, capabilities: false },
        relationship: { label: "Your relationship with this reseller", allowNone: true },
      };
    case "manage-customer-subscriptions":
      return { ...none, customer: { heading: "The customer", otherPartners: true } };
    case "enroll":
      return {
        ...none,
        enrollAs: true,
        mySteps: scenario.enrollAs === "indirect-reseller",
        myMpa: true,
        myCapabilities: scenario.enrollAs === "direct-bill",
      };
    case "end-relationship":
      return {
        ...none,
        other: { heading: "The other partner", country: false, steps: false, mpa: false, capabilities: false },
        relationship: { label: "Current status of the relationship", allowNone: false },
        requestedBy: true,
      };
  }
}
