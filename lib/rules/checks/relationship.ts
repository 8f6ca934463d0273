// PROVIDER-RESELLER-ACTIVE and TERMINATION-VIA-SUPPORT: the provider–reseller relationship and how it ends.
import { fail, info, pass } from "../findings";
import type { Finding, RelationshipStatus } from "../types";
import { PROVIDER_SELF_REMOVAL_DATE } from "../versions";

/** From 2020-07-01 an indirect provider may end a reseller relationship itself, without program support. */
export function providerMayEndItself(on: string, actorIsProvider: boolean): boolean {
  return actorIsProvider && on >= PROVIDER_SELF_REMOVAL_DATE;
}

export function checkRelationshipActive(status: RelationshipStatus | undefined): Finding {
  const facts = { relationship: status ?? null };
  if (status === "active") {
    return pass("PROVIDER-RESELLER-ACTIVE", "The provider–reseller relationship is active.", facts, "indirect-reseller");
  }
  const why =
    status === undefined
      ? "There is no relationship between the provider and the reseller"
      : `The provider–reseller relationship is ${status}, not active`;
  return fail("PROVIDER-RESELLER-ACTIVE", `${why}, so the provider cannot do business for this reseller.`, facts, "indirect-reseller");
}

/**
 * At the article's date partners cannot end the relationship themselves. A partner's request is allowed as a request:
 * it is routed to program support, and only a proposal with `requestedBy: "program-support"` actually ends it.
 * From 2020-07-01 the provider may end it itself (`selfRemoval`); a reseller still goes through program support.
 */
export function checkTermination(requestedBy: "partner" | "program-support", status: RelationshipStatus, selfRemoval = false): Finding {
  const facts = { requestedBy, relationship: status };
  if (status === "terminated") {
    return fail("TERMINATION-VIA-SUPPORT", "The relationship has already ended; there is nothing left to end.", facts, "indirect-reseller");
  }
  if (requestedBy === "program-support") {
    return pass("TERMINATION-VIA-SUPPORT", `Program support ends the ${status} relationship between the provider and the reseller.`, facts, "indirect-reseller");
  }
  if (selfRemoval) {
    return pass(
      "TERMINATION-VIA-SUPPORT",
      `Since ${PROVIDER_SELF_REMOVAL_DATE} a provider may end a ${status} relationship with its reseller itself; the customers and their admin rights stay with the provider.`,
      facts,
      "indirect-reseller",
    );
  }
  if (status === "termination-requested") {
    return info("TERMINATION-VIA-SUPPORT", "An end to this relationship is already requested; program support still has to carry it out.", facts, "indirect-reseller");
  }
  return info(
    "TERMINATION-VIA-SUPPORT",
    `A partner cannot end a ${status} provider–reseller relationship itself. The request is filed with program support, who ends it.`,
    facts,
    "indirect-reseller",
  );
}
