// The provider's "Verify MPA by Partner ID" screen: what a looked-up reseller's MPA status means, with the
// Partner Center code where one exists (2200, 2201, 2203, 2204).
import { mpaAcceptedBy } from "./dates";
import { en } from "./messages/en";
import { nl } from "./messages/nl";
import { regionOf } from "./regions";
import type { RegionId } from "./regions";
import type { RelationshipStatus, RuleId } from "./types";

const NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

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
export function verifyMpa(providerRegion: RegionId, reseller: ResellerLookup | null, on: string, locale: string = "en"): MpaCheckResult {
  const dutch = locale === "nl";
  const words = (dutch ? nl : en).verifyMpa;
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const day = (iso: string | null) => {
    const match = iso && dutch ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    return match ? `${Number(match[3])} ${NL_MONTHS[Number(match[2]) - 1]} ${match[1]}` : (iso ?? "");
  };
  const place = (country: string) => {
    const lookup = regionOf(country);
    const messages = dutch ? nl : en;
    return lookup.ok
      ? fill(messages.place.known, { country: lookup.country, region: (messages.regions as Record<string, string>)[lookup.region.id] ?? lookup.region.name })
      : fill(messages.place.unknown, { country: lookup.country });
  };
  if (reseller === null) {
    return { status: "unknown-partner-id", code: 2200, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: words.unknownPartnerId };
  }
  const region = regionOf(reseller.country);
  if (!region.ok || region.region.id !== providerRegion) {
    return {
      status: "other-region",
      code: 2201,
      ruleId: "SAME-REGION-RELATIONSHIP",
      ok: false,
      explanation: fill(words.otherRegion, { partnerId: reseller.partnerId, place: place(reseller.country) }),
    };
  }
  if (!reseller.onboarded) {
    return { status: "not-onboarded", ruleId: "RESELLER-READINESS", ok: false, explanation: fill(words.notOnboarded, { partnerId: reseller.partnerId }) };
  }
  if (!reseller.enrolledAsIndirectReseller) {
    return { status: "not-enrolled", code: 2204, ruleId: "RESELLER-READINESS", ok: false, explanation: fill(words.notEnrolled, { partnerId: reseller.partnerId }) };
  }
  if (!mpaAcceptedBy(reseller.mpaAcceptedOn, on)) {
    return { status: "mpa-not-accepted", code: 2203, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: fill(words.mpaNotAccepted, { partnerId: reseller.partnerId }) };
  }
  // Ready means ready for this provider: its own relationship with the reseller, once it has one, must be usable.
  const relationship = reseller.relationship;
  if (relationship === "suspended" || relationship === "termination-requested" || relationship === "terminated") {
    return {
      status: "relationship-not-active",
      ruleId: "PROVIDER-RESELLER-ACTIVE",
      ok: false,
      acceptedOn: reseller.mpaAcceptedOn as string,
      explanation: fill(relationship === "termination-requested" ? words.relationshipPending : words.relationshipNotActive, {
        partnerId: reseller.partnerId,
        acceptedOn: day(reseller.mpaAcceptedOn),
        status: (dutch ? nl : en).statuses[relationship],
      }),
    };
  }
  return {
    status: "mpa-accepted",
    ruleId: "MPA-BEFORE-ASSOCIATION",
    ok: true,
    acceptedOn: reseller.mpaAcceptedOn as string,
    explanation: fill(words.accepted, { partnerId: reseller.partnerId, acceptedOn: day(reseller.mpaAcceptedOn) }),
  };
}
