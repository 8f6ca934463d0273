// PROVIDER-RESELLER-ACTIVE and TERMINATION-VIA-SUPPORT: the provider–reseller relationship and how it ends.
import { citing, fail, info, msg, p, pass } from "../findings";
import type { Finding, RelationshipStatus } from "../types";
import { PROVIDER_SELF_REMOVAL_DATE } from "../versions";

const PROVIDER_RESELLER_ACTIVE = citing("PROVIDER-RESELLER-ACTIVE");
const TERMINATION_VIA_SUPPORT = citing("TERMINATION-VIA-SUPPORT");

/** From 2020-07-01 an indirect provider may end a reseller relationship itself, without program support. */
export function providerMayEndItself(on: string, actorIsProvider: boolean): boolean {
  return actorIsProvider && on >= PROVIDER_SELF_REMOVAL_DATE;
}

export function checkRelationshipActive(status: RelationshipStatus | undefined): Finding {
  const facts = { relationship: status ?? null };
  if (status === "active") {
    return pass(PROVIDER_RESELLER_ACTIVE, msg("relActive"), facts, "indirect-reseller");
  }
  const why = status === undefined ? msg("relNone") : msg("relNotActive", { status: p.status(status) });
  return fail(PROVIDER_RESELLER_ACTIVE, why, facts, "indirect-reseller");
}

/**
 * At the article's date partners cannot end the relationship themselves. A partner's request is allowed as a request:
 * it is routed to program support, and only a proposal with `requestedBy: "program-support"` actually ends it.
 * From 2020-07-01 the provider may end it itself (`selfRemoval`); a reseller still goes through program support.
 */
export function checkTermination(requestedBy: "partner" | "program-support", status: RelationshipStatus, selfRemoval = false): Finding {
  const facts = { requestedBy, relationship: status };
  if (status === "terminated") {
    return fail(TERMINATION_VIA_SUPPORT, msg("termEnded"), facts, "indirect-reseller");
  }
  if (requestedBy === "program-support") {
    return pass(TERMINATION_VIA_SUPPORT, msg("termSupport", { status: p.status(status) }), facts, "indirect-reseller");
  }
  if (selfRemoval) {
    return pass(
      TERMINATION_VIA_SUPPORT,
      msg("termSelf", { date: p.date(PROVIDER_SELF_REMOVAL_DATE), status: p.status(status) }),
      facts,
      "indirect-reseller",
    );
  }
  if (status === "termination-requested") {
    return info(TERMINATION_VIA_SUPPORT, msg("termRequested"), facts, "indirect-reseller");
  }
  return info(
    TERMINATION_VIA_SUPPORT,
    msg("termPartner", { status: p.status(status) }),
    facts,
    "indirect-reseller",
  );
}
