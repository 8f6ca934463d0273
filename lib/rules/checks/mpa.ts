// MPA-REQUIRED, MPA-BEFORE-ASSOCIATION, MPA-BEFORE-NEW-BUSINESS: the Microsoft Partner Agreement gates.
import { MPA_EFFECTIVE_DATE, mpaAcceptedBy, onOrAfter } from "../dates";
import { fail, pass } from "../findings";
import { partyLabel } from "../labels";
import type { Finding, Partner, RuleId } from "../types";

function mpaState(partner: Partner, on: string) {
  const acceptedOn = partner.mpaAcceptedOn ?? null;
  return {
    facts: { on, mpaAcceptedOn: acceptedOn, mpaEffectiveDate: MPA_EFFECTIVE_DATE },
    inForce: onOrAfter(on, MPA_EFFECTIVE_DATE),
    accepted: mpaAcceptedBy(acceptedOn, on),
    acceptedOn,
  };
}

function notAcceptedReason(who: string, acceptedOn: string | null, on: string): string {
  return acceptedOn === null
    ? `${who} has not accepted the MPA`
    : `${who} accepts the MPA only on ${acceptedOn}, after ${on}`;
}

/** Any partner that transacts must have accepted the MPA from the effective date on. */
export function checkMpaRequired(partner: Partner, on: string): Finding {
  const who = `The ${partyLabel(partner.type)}`;
  const state = mpaState(partner, on);
  const facts = { ...state.facts, partnerType: partner.type };
  if (!state.inForce) {
    return pass("MPA-REQUIRED", `On ${on} the MPA was not yet required; the duty starts on ${MPA_EFFECTIVE_DATE}.`, facts, partner.type);
  }
  if (state.accepted) {
    return pass("MPA-REQUIRED", `${who} accepted the MPA on ${state.acceptedOn}, so it may transact on ${on}.`, facts, partner.type);
  }
  return fail(
    "MPA-REQUIRED",
    `${notAcceptedReason(who, state.acceptedOn, on)}. From ${MPA_EFFECTIVE_DATE} every partner needs it to transact in CSP.`,
    facts,
    partner.type,
  );
}

function resellerMpaGate(ruleId: RuleId, doing: string, reseller: Partner, on: string): Finding {
  const state = mpaState(reseller, on);
  if (!state.inForce) {
    return pass(ruleId, `On ${on} the MPA was not yet required, so the provider may ${doing}.`, state.facts, "indirect-reseller");
  }
  if (state.accepted) {
    return pass(ruleId, `The reseller accepted the MPA on ${state.acceptedOn}, so the provider may ${doing}.`, state.facts, "indirect-reseller");
  }
  return fail(
    ruleId,
    `${notAcceptedReason("The reseller", state.acceptedOn, on)}, so the provider may not ${doing} on ${on}.`,
    state.facts,
    "indirect-reseller",
  );
}

export function checkMpaBeforeAssociation(reseller: Partner, on: string): Finding {
  return resellerMpaGate("MPA-BEFORE-ASSOCIATION", "record its Partner ID on a new subscription", reseller, on);
}

export function checkMpaBeforeNewBusiness(reseller: Partner, on: string): Finding {
  return resellerMpaGate("MPA-BEFORE-NEW-BUSINESS", "start new business with it", reseller, on);
}
