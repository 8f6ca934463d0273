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

type MpaCheckCode = 2200 | 2201 | 2203 | 2204;

/**
 * What a check found, without its wording: the verify page sends 500 of these per request, and the browser words
 * them itself (`describeMpaCheck`), so the server neither builds nor sends 500 sentences.
 */
export interface MpaCheck {
  status: MpaCheckStatus;
  /** The day the MPA was accepted, when it was (mpa-accepted, and relationship-not-active). */
  acceptedOn?: string;
  /** other-region: the partner's country, which the explanation names as Partner Center's 2201 does. */
  country?: string;
  /** relationship-not-active: the asking provider's own relationship with the reseller. */
  relationship?: "suspended" | "termination-requested" | "terminated";
  /** Set when Partner Center answered (`mpaCheckFromPartnerCenter`); `refusal` is its own words for a reason it gave no known code for. */
  partnerCenter?: { refusal?: string };
}

export interface MpaCheckResult {
  status: MpaCheckStatus;
  /** Partner Center's code for the same outcome, when it has one. */
  code?: MpaCheckCode;
  ruleId: RuleId;
  /** True only when the provider may go ahead with this reseller. */
  ok: boolean;
  explanation: string;
  acceptedOn?: string;
}

/** Each outcome's Partner Center code, the rule it rests on, and whether the provider may go ahead. */
const OUTCOMES: Record<MpaCheckStatus, { code?: MpaCheckCode; ruleId: RuleId; ok: boolean }> = {
  "unknown-partner-id": { code: 2200, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false },
  "other-region": { code: 2201, ruleId: "SAME-REGION-RELATIONSHIP", ok: false },
  "not-onboarded": { ruleId: "RESELLER-READINESS", ok: false },
  "not-enrolled": { code: 2204, ruleId: "RESELLER-READINESS", ok: false },
  "mpa-not-accepted": { code: 2203, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false },
  "relationship-not-active": { ruleId: "PROVIDER-RESELLER-ACTIVE", ok: false },
  "mpa-accepted": { ruleId: "MPA-BEFORE-ASSOCIATION", ok: true },
};

/**
 * `on` is the day of the check (yyyy-mm-dd); an acceptance dated later does not count yet.
 * Checks run in the order Partner Center reports them: identity, region, enrolment, agreement.
 */
export function checkMpa(providerRegion: RegionId, reseller: ResellerLookup | null, on: string): MpaCheck {
  if (reseller === null) return { status: "unknown-partner-id" };
  const region = regionOf(reseller.country);
  if (!region.ok || region.region.id !== providerRegion) return { status: "other-region", country: reseller.country };
  if (!reseller.onboarded) return { status: "not-onboarded" };
  if (!reseller.enrolledAsIndirectReseller) return { status: "not-enrolled" };
  if (!mpaAcceptedBy(reseller.mpaAcceptedOn, on)) return { status: "mpa-not-accepted" };
  const acceptedOn = reseller.mpaAcceptedOn as string;
  // Ready means ready for this provider: its own relationship with the reseller, once it has one, must be usable.
  const relationship = reseller.relationship;
  if (relationship === "suspended" || relationship === "termination-requested" || relationship === "terminated") {
    return { status: "relationship-not-active", acceptedOn, relationship };
  }
  return { status: "mpa-accepted", acceptedOn };
}

/** A check with its code, rule and explanation in `locale`, for the Partner ID it was made for. */
export function describeMpaCheck(partnerId: string, check: MpaCheck, locale: string = "en"): MpaCheckResult {
  const dutch = locale === "nl";
  const messages = dutch ? nl : en;
  const outcome = OUTCOMES[check.status];
  const code = check.partnerCenter?.refusal === undefined ? outcome.code : undefined;
  return {
    status: check.status,
    ...(code && { code }),
    ruleId: outcome.ruleId,
    ok: outcome.ok,
    ...(check.acceptedOn && { acceptedOn: check.acceptedOn }),
    explanation: check.partnerCenter ? partnerCenterWords(messages, partnerId, check.status, check.partnerCenter.refusal) : ourWords(messages, dutch, partnerId, check),
  };
}

/** The check and its wording in one step (the partner API, and anything that needs the sentence on the server). */
export function verifyMpa(providerRegion: RegionId, reseller: ResellerLookup | null, on: string, locale: string = "en"): MpaCheckResult {
  return describeMpaCheck(reseller?.partnerId ?? "", checkMpa(providerRegion, reseller, on), locale);
}

type Messages = typeof en;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function ourWords(messages: Messages, dutch: boolean, partnerId: string, check: MpaCheck): string {
  const words = messages.verifyMpa;
  const acceptedOn = dayIn(check.acceptedOn ?? "", dutch);
  switch (check.status) {
    case "unknown-partner-id":
      return words.unknownPartnerId;
    case "other-region":
      return fill(words.otherRegion, { partnerId, place: placeIn(messages, check.country ?? "") });
    case "not-onboarded":
      return fill(words.notOnboarded, { partnerId });
    case "not-enrolled":
      return fill(words.notEnrolled, { partnerId });
    case "mpa-not-accepted":
      return fill(words.mpaNotAccepted, { partnerId });
    case "relationship-not-active": {
      const relationship = check.relationship ?? "suspended";
      const template = relationship === "termination-requested" ? words.relationshipPending : words.relationshipNotActive;
      return fill(template, { partnerId, acceptedOn, status: messages.statuses[relationship] });
    }
    case "mpa-accepted":
      return fill(words.accepted, { partnerId, acceptedOn });
  }
}

function partnerCenterWords(messages: Messages, partnerId: string, status: MpaCheckStatus, refusal: string | undefined): string {
  const words = messages.verifyMpaPartnerCenter;
  if (refusal !== undefined) return fill(words.refused, { partnerId, refusal });
  switch (status) {
    case "mpa-accepted":
      return fill(words.accepted, { partnerId });
    case "unknown-partner-id":
      return fill(words.unknownPartnerId, { partnerId });
    case "other-region":
      return fill(words.otherRegion, { partnerId });
    case "not-enrolled":
      return fill(words.notEnrolled, { partnerId });
    default:
      return fill(words.mpaNotAccepted, { partnerId });
  }
}

/** "2020-01-15", or in Dutch "15 januari 2020". */
function dayIn(iso: string, dutch: boolean): string {
  const match = dutch ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? `${Number(match[3])} ${NL_MONTHS[Number(match[2]) - 1]} ${match[1]}` : iso;
}

function placeIn(messages: Messages, country: string): string {
  const lookup = regionOf(country);
  return lookup.ok
    ? fill(messages.place.known, { country: lookup.country, region: (messages.regions as Record<string, string>)[lookup.region.id] ?? lookup.region.name })
    : fill(messages.place.unknown, { country: lookup.country });
}
