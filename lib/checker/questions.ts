// Which questions matter for a scenario: the form shows only these, so a visitor never answers something that
// cannot change the verdict. Kept beside `buildProposal`, which reads the same answers.
import type { PartnerType } from "@/lib/rules";
import { ownUseThroughProvider, type Scenario } from "./scenario";
import type { CheckerText } from "./text";

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

/**
 * The questions for a scenario, with their headings and labels from `q` (`checkerText(locale).questions`). The words
 * are passed in rather than looked up here: the checker's browser code gets only its page's language from the server.
 */
export function questionsFor(scenario: Scenario, q: CheckerText["questions"]): Questions {
  const { me, other } = scenario;
  const iAmReseller = me.type === "indirect-reseller";
  switch (scenario.action) {
    case "sell":
      return {
        ...none,
        mySteps: iAmReseller,
        myMpa: true,
        myCapabilities: me.type === "direct-bill",
        other: iAmReseller ? { heading: q.yourProvider, fixedType: "indirect-provider", country: true, steps: false, mpa: true, capabilities: false } : null,
        relationship: iAmReseller ? { label: q.yourRelationshipWithProvider, allowNone: true } : null,
        affiliation: q.customerRelated,
        customer: { heading: q.theCustomer, otherPartners: true },
      };
    case "buy-for-own-use":
      return {
        ...none,
        other: { heading: q.sellerYouBuyFrom, country: true, steps: other.type === "indirect-reseller", mpa: true, capabilities: other.type === "direct-bill" },
        relationship: ownUseThroughProvider(scenario) ? { label: q.ownUseRelationship, allowNone: true } : null,
        affiliation: q.sellerRelated,
        tenant: true,
      };
    case "link-provider-reseller":
      return {
        ...none,
        myMpa: true,
        other: { heading: q.theOtherPartner, country: true, steps: false, mpa: true, capabilities: false },
        relationship: { label: q.existingRelationship, allowNone: true },
      };
    case "associate-reseller-subscription":
      return {
        ...none,
        myMpa: true,
        other: { heading: q.theReseller, country: true, steps: false, mpa: true, capabilities: false },
        relationship: { label: q.yourRelationshipWithReseller, allowNone: true },
        customer: { heading: q.subscriptionCustomer, otherPartners: false },
      };
    case "transact-new-business":
      return {
        ...none,
        myMpa: true,
        other: { heading: q.theReseller, country: true, steps: true, mpa: true, capabilities: false },
        relationship: { label: q.yourRelationshipWithReseller, allowNone: true },
      };
    case "manage-customer-subscriptions":
      return { ...none, customer: { heading: q.theCustomer, otherPartners: true } };
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
        other: { heading: q.theOtherPartner, country: false, steps: false, mpa: false, capabilities: false },
        relationship: { label: q.currentStatus, allowNone: false },
        requestedBy: true,
      };
  }
}
