// MPA-REQUIRED, MPA-BEFORE-ASSOCIATION, MPA-BEFORE-NEW-BUSINESS: the Microsoft Partner Agreement gates.
import { MPA_EFFECTIVE_DATE, mpaAcceptedBy, onOrAfter } from "../dates";
import { citing, fail, msg, p, pass, type CitedRule } from "../findings";
import type { Finding, MessageRef, Partner } from "../types";

const MPA_REQUIRED = citing("MPA-REQUIRED");
const MPA_BEFORE_ASSOCIATION = citing("MPA-BEFORE-ASSOCIATION");
const MPA_BEFORE_NEW_BUSINESS = citing("MPA-BEFORE-NEW-BUSINESS");

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
    return pass(MPA_REQUIRED, msg("mpaNotYet", { on: p.date(on), date: p.date(MPA_EFFECTIVE_DATE) }), facts, partner.type);
  }
  if (mpaAcceptedBy(acceptedOn, on)) {
    return pass(MPA_REQUIRED, msg("mpaAccepted", { party: p.party(partner.type), acceptedOn: p.date(acceptedOn!), on: p.date(on) }), facts, partner.type);
  }
  return fail(
    MPA_REQUIRED,
    acceptedOn === null
      ? msg("mpaMissing", { party: p.party(partner.type), date: p.date(MPA_EFFECTIVE_DATE) })
      : msg("mpaLate", { party: p.party(partner.type), acceptedOn: p.date(acceptedOn), on: p.date(on), date: p.date(MPA_EFFECTIVE_DATE) }),
    facts,
    partner.type,
  );
}

function resellerMpaGate(rule: CitedRule, doing: MessageRef, reseller: Partner, on: string): Finding {
  const state = mpaState(reseller, on);
  if (!state.inForce) {
    return pass(rule, msg("gateNotYet", { on: p.date(on), doing: p.message(doing) }), state.facts, "indirect-reseller");
  }
  if (state.accepted) {
    return pass(rule, msg("gateAccepted", { acceptedOn: p.date(state.acceptedOn!), doing: p.message(doing) }), state.facts, "indirect-reseller");
  }
  return fail(
    rule,
    state.acceptedOn === null
      ? msg("gateMissing", { doing: p.message(doing), on: p.date(on) })
      : msg("gateLate", { acceptedOn: p.date(state.acceptedOn), on: p.date(on), doing: p.message(doing) }),
    state.facts,
    "indirect-reseller",
  );
}

export function checkMpaBeforeAssociation(reseller: Partner, on: string): Finding {
  return resellerMpaGate(MPA_BEFORE_ASSOCIATION, msg("doingAssociate"), reseller, on);
}

export function checkMpaBeforeNewBusiness(reseller: Partner, on: string): Finding {
  return resellerMpaGate(MPA_BEFORE_NEW_BUSINESS, msg("doingNewBusiness"), reseller, on);
}
