// Form state -> rules `Proposal`. The only place the checker decides which answers feed which part of a proposal;
// the verdict itself always comes from `evaluate` in lib/rules.
import { isIsoDate } from "@/lib/rules/dates";
import type { Partner, Proposal, RelationshipStatus, Tenant } from "@/lib/rules/types";
import { ownUseThroughProvider, type LaterAnswers, type PartnerAnswers, type Scenario, type TenantChoice } from "./scenario";

/** Stand-in tenant ids: the rules only compare them, to tell a separate tenant from the CSP one. */
const CSP_TENANT = "csp-tenant";
const SEPARATE_TENANT = "own-use-tenant";

export function toPartner(answers: PartnerAnswers, withCapabilities = answers.type === "direct-bill"): Partner {
  const partner: Partner = {
    type: answers.type,
    country: answers.country,
    onboarded: answers.onboarded,
    enrolled: answers.enrolled,
    // A ticked box without a valid date is not an acceptance the rules can date, so it counts as none.
    mpaAcceptedOn: answers.mpaSigned && isIsoDate(answers.mpaDate) ? answers.mpaDate : null,
  };
  if (withCapabilities) partner.directBill = { ...answers.capabilities };
  if (answers.later) addLaterFacts(partner, answers.later);
  return partner;
}

/** Only answered facts go in: a blank stays absent, so the rule that needs it says so instead of guessing. */
function addLaterFacts(partner: Partner, later: LaterAnswers) {
  if (isIsoDate(later.resellerSince)) partner.resellerSince = later.resellerSince;
  if (isIsoDate(later.assessedOn)) partner.assessedOn = later.assessedOn;
  const trailing = usd(later.trailingRevenueUsd);
  if (trailing !== undefined) partner.trailingRevenueUsd = trailing;
  const anniversary = usd(later.anniversaryRevenueUsd);
  if (anniversary !== undefined) partner.anniversaryRevenueUsd = anniversary;
}

function usd(text: string): number | undefined {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function relationshipOf(scenario: Scenario): RelationshipStatus | undefined {
  return scenario.relationship === "none" ? undefined : scenario.relationship;
}

function tenantOf(choice: TenantChoice): Tenant {
  if (choice === "csp") return { type: "csp", id: CSP_TENANT };
  if (choice === "shared") return { type: "customer" };
  return { type: "customer", id: SEPARATE_TENANT };
}

// In `scenario.ts`: the form asks its questions by it, and the browser loads this module only to evaluate.
export { ownUseThroughProvider };

/** The proposal the scenario describes; answers the chosen action does not use are left out. */
export function buildProposal(scenario: Scenario): Proposal {
  const { on } = scenario;
  const actor = toPartner(scenario.me);
  const other = toPartner(scenario.other);
  const relationship = relationshipOf(scenario);
  const customer = { country: scenario.customerCountry, otherPartners: scenario.otherPartners };
  switch (scenario.action) {
    case "sell":
      if (scenario.me.type === "indirect-reseller") {
        // A reseller's sale runs through its provider: that partner is the one on the other side.
        return { action: "sell", on, actor, customer, affiliation: scenario.affiliation, provider: { ...other, type: "indirect-provider" }, ...(relationship && { relationship }) };
      }
      return { action: "sell", on, actor, customer, affiliation: scenario.affiliation };
    case "buy-for-own-use":
      return {
        action: "buy-for-own-use",
        on,
        actor,
        seller: other,
        tenant: tenantOf(scenario.tenant),
        actorCspTenantId: CSP_TENANT,
        affiliation: scenario.affiliation,
        // Only a reseller can already resell for the provider behind the purchase, and a direct-bill seller has none.
        ...(ownUseThroughProvider(scenario) && relationship && { relationship }),
      };
    case "link-provider-reseller":
      return { action: "link-provider-reseller", on, actor, counterparty: other, ...(relationship && { relationship }) };
    case "associate-reseller-subscription":
      return { action: "associate-reseller-subscription", on, actor, reseller: other, customer: { country: scenario.customerCountry }, ...(relationship && { relationship }) };
    case "transact-new-business":
      return { action: "transact-new-business", on, actor, reseller: other, ...(relationship && { relationship }) };
    case "manage-customer-subscriptions":
      return { action: "manage-customer-subscriptions", on, actor, customer };
    case "enroll":
      return { action: "enroll", on, actor: toPartner(scenario.me, scenario.enrollAs === "direct-bill"), as: scenario.enrollAs };
    case "end-relationship":
      // There must be a relationship to end; "none" is not offered for this action, and falls back to active.
      return { action: "end-relationship", on, actor, counterparty: other, relationship: relationship ?? "active", requestedBy: scenario.requestedBy };
  }
}
