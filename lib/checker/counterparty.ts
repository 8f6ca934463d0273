// Facts about a real counterparty (from the database, through the checker's server action) and how they fill the
// form. Browser-safe types only: the data layer produces these, the client applies them.
import type { Affiliation, Partner, PartnerType, RelationshipStatus } from "@/lib/rules";
import type { PartnerAnswers, Scenario } from "./scenario";

/** A counterparty the signed-in partner may pick: one of its customers, or one of its providers or resellers. */
export interface CounterpartyOption {
  kind: "customer" | "partner";
  id: string;
  name: string;
  /** For partners: their type and the status of the relationship with the signed-in partner. */
  partnerType?: PartnerType;
  relationship?: RelationshipStatus;
}

export type CounterpartyFacts =
  | { kind: "customer"; id: string; name: string; country: string; otherPartners: number; affiliation: Affiliation }
  | { kind: "partner"; id: string; name: string; partner: Partner; relationship: RelationshipStatus | null; affiliation: Affiliation };

/** The form's answers for a partner the rules library describes (readiness facts absent count as not done). */
export function answersFromPartner(partner: Partner, fallback: PartnerAnswers): PartnerAnswers {
  return {
    type: partner.type,
    country: partner.country,
    onboarded: partner.onboarded === true,
    enrolled: partner.enrolled === true,
    mpaSigned: Boolean(partner.mpaAcceptedOn),
    mpaDate: partner.mpaAcceptedOn ?? fallback.mpaDate,
    capabilities: partner.directBill ? { ...partner.directBill } : fallback.capabilities,
  };
}

/** The scenario with a picked counterparty's facts filled in; every answer stays editable afterwards. */
export function applyCounterparty(scenario: Scenario, facts: CounterpartyFacts): Scenario {
  if (facts.kind === "customer") {
    return { ...scenario, customerCountry: facts.country, otherPartners: Math.min(facts.otherPartners, 99), affiliation: facts.affiliation };
  }
  return {
    ...scenario,
    other: answersFromPartner(facts.partner, scenario.other),
    relationship: facts.relationship ?? "none",
    // For an own-use purchase the seller's affiliation with the buyer matters; for a sale it is the customer's.
    ...(scenario.action === "buy-for-own-use" && { affiliation: facts.affiliation }),
  };
}
