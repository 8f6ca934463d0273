// The provider's "Verify MPA by Partner ID" screen: what a looked-up reseller's MPA status means, with the
// Partner Center code where one exists (2200, 2201, 2203, 2204).
import { mpaAcceptedBy } from "./dates";
import { placeLabel } from "./labels";
import { regionOf } from "./regions";
import type { RegionId } from "./regions";
import type { RelationshipStatus, RuleId } from "./types";

/** What a lookup by Partner ID found about the reseller. */
export interface ResellerLookup {
  partnerId: string;
  country: string;
  onboarded: boolean;
  enrolledAsIndirectReseller: boolean;
  mpaAcceptedOn: string | null;
  /** The asking provider's own relationship with this reseller, if it has one (the latest, terminated included). */
  relationship?: RelationshipStatus | null;
}

export type MpaCheckStatus =
  | "unknown-partner-id"
  | "other-region"
  | "not-onboarded"
  | "not-enrolled"
  | "mpa-not-accepted"
  | "relationship-not-active"
  | "mpa-accepted";

export interface MpaCheckResult {
  status: MpaCheckStatus;
  /** Partner Center's code for the same outcome, when it has one. */
  code?: 2200 | 2201 | 2203 | 2204;
  ruleId: RuleId;
  /** True only when the provider may go ahead with this reseller. */
  ok: boolean;
  explanation: string;
  acceptedOn?: string;
}

/**
 * `on` is the day of the check (yyyy-mm-dd); an acceptance dated later does not count yet.
 * Checks run in the order Partner Center reports them: identity, region, enrolment, agreement.
 */
export function verifyMpa(providerRegion: RegionId, reseller: ResellerLookup | null, on: string): MpaCheckResult {
  if (reseller === null) {
    return { status: "unknown-partner-id", code: 2200, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: "No partner has this Partner ID. Check the digits with the reseller." };
  }
  const region = regionOf(reseller.country);
  if (!region.ok || region.region.id !== providerRegion) {
    return {
      status: "other-region",
      code: 2201,
      ruleId: "SAME-REGION-RELATIONSHIP",
      ok: false,
      explanation: `Partner ID ${reseller.partnerId} belongs to a partner in ${placeLabel(reseller.country)}, outside your region; you can work only with resellers in your own region.`,
    };
  }
  if (!reseller.onboarded) {
    return { status: "not-onboarded", ruleId: "RESELLER-READINESS", ok: false, explanation: `Partner ID ${reseller.partnerId} has not joined Partner Center yet.` };
  }
  if (!reseller.enrolledAsIndirectReseller) {
    return { status: "not-enrolled", code: 2204, ruleId: "RESELLER-READINESS", ok: false, explanation: `Partner ID ${reseller.partnerId} is known but not enrolled as an indirect reseller.` };
  }
  if (!mpaAcceptedBy(reseller.mpaAcceptedOn, on)) {
    return { status: "mpa-not-accepted", code: 2203, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: `Partner ID ${reseller.partnerId} has not accepted the MPA for your region; you cannot add it to new subscriptions or new business yet.` };
  }
  // Ready means ready for this provider: its own relationship with the reseller, once it has one, must be usable.
  const relationship = reseller.relationship;
  if (relationship === "suspended" || relationship === "termination-requested" || relationship === "terminated") {
    const state = relationship === "termination-requested" ? "has a termination request pending" : `is ${relationship}`;
    return {
      status: "relationship-not-active",
      ruleId: "PROVIDER-RESELLER-ACTIVE",
      ok: false,
      acceptedOn: reseller.mpaAcceptedOn as string,
      explanation: `Partner ID ${reseller.partnerId} accepted the MPA on ${reseller.mpaAcceptedOn}, but your relationship with it ${state}: you cannot do new business with it.`,
    };
  }
  return {
    status: "mpa-accepted",
    ruleId: "MPA-BEFORE-ASSOCIATION",
    ok: true,
    acceptedOn: reseller.mpaAcceptedOn as string,
    explanation: `Partner ID ${reseller.partnerId} accepted the MPA on ${reseller.mpaAcceptedOn}.`,
  };
}
