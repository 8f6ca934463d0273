// MPA-REQUIRED, MPA-BEFORE-ASSOCIATION, MPA-BEFORE-NEW-BUSINESS: the Microsoft Partner Agreement gates.
import { MPA_EFFECTIVE_DATE, mpaAcceptedBy, onOrAfter } from "../dates";
import { fail, msg, p, pass } from "../findings";
import type { Finding, MessageRef, Partner, RuleId } from "../types";

function mpaState(partner: Partner, on: string) {
  const acceptedOn = partner.mpaAcceptedOn ?? null;
  return {
    facts: { on, mpaAcceptedOn: acceptedOn, mpaEffectiveDate: MPA_EFFECTIVE_DATE },
    inForce: onOrAfter(on, MPA_EFFECTIVE_DATE),
    accepted: mpaAcceptedBy(acceptedOn, on),
    acceptedOn,
  };
}


/** Any partner that transacts must have accepted the MPA from the effective date on. */
export function checkMpaRequired(partner: Partner, on: string): Finding {
  const acceptedOn = partner.mpaAcceptedOn ?? null;
  const facts = { on, mpaAcceptedOn: acceptedOn, mpaEffectiveDate: MPA_EFFECTIVE_DATE, partnerType: partner.type };
  if (!onOrAfter(on, MPA_EFFECTIVE_DATE)) {
    return pass("MPA-REQUIRED", msg("mpaNotYet", { on: p.date(on), date: p.date(MPA_EFFECTIVE_DATE) }), facts, partner.type);
  }
  if (mpaAcceptedBy(acceptedOn, on)) {
    return pass("MPA-REQUIRED", msg("mpaAccepted", { party: p.party(partner.type), acceptedOn: p.date(acceptedOn!), on: p.date(on) }), facts, partner.type);
  }
  return fail(
    "MPA-REQUIRED",
    acceptedOn === null
      ? msg("mpaMissing", { party: p.party(partner.type), date: p.date(MPA_EFFECTIVE_DATE) })
      : msg("mpaLate", { party: p.party(partner.type), acceptedOn: p.date(acceptedOn), on: p.date(on), date: p.date(MPA_EFFECTIVE_DATE) }),
    facts,
    partner.type,
  );
}

function resellerMpaGate(ruleId: RuleId, doing: MessageRef, reseller: Partner, on: string): Finding {
  const state = mpaState(reseller, on);
  if (!state.inForce) {
    return pass(ruleId, msg("gateNotYet", { on: p.date(on), doing: p.message(doing) }), state.facts, "indirect-reseller");
  }
  if (state.accepted) {
    return pass(ruleId, msg("gateAccepted", { acceptedOn: p.date(state.acceptedOn!), doing: p.message(doing) }), state.facts, "indirect-reseller");
  }
  return fail(
    ruleId,
    state.acceptedOn === null
      ? msg("gateMissing", { doing: p.message(doing), on: p.date(on) })
      : msg("gateLate", { acceptedOn: p.date(state.acceptedOn), on: p.date(on), doing: p.message(doing) }),
    state.facts,
    "indirect-reseller",
  );
}

export function checkMpaBeforeAssociation(reseller: Partner, on: string): Finding {
  return resellerMpaGate("MPA-BEFORE-ASSOCIATION", msg("doingAssociate"), reseller, on);
}

export function checkMpaBeforeNewBusiness(reseller: Partner, on: string): Finding {
  return resellerMpaGate("MPA-BEFORE-NEW-BUSINESS", msg("doingNewBusiness"), reseller, on);
}
