// What the rules said about one subscription on its date: the proposals the provider, reseller or direct-bill partner
// made that day (record the reseller, transact new business, the sale itself), asked again with that day's facts.
import { evaluate, INDIRECT_CHAIN, PROGRAM_VERSIONS, type Finding, type IsoDate, type Verdict } from "@/lib/rules";
import { affiliationOf, partnerOn, statusOn, type DatedPartner, type ScanCustomer, type StatusHistory } from "./facts";

export interface SubscriptionFacts {
  on: IsoDate;
  biller: DatedPartner;
  reseller: DatedPartner | null;
  customer: ScanCustomer;
  /** The biller–reseller relationship's history (when there is a reseller of record). */
  history: StatusHistory | undefined;
}

/** The failing findings of the subscription's verdicts, each rule once (the first explanation wins). */
export function failingFindings(facts: SubscriptionFacts): Finding[] {
  const seen = new Set<string>();
  const failing: Finding[] = [];
  for (const verdict of verdictsFor(facts)) {
    for (const finding of verdict.findings) {
      if (finding.outcome !== "fail" || seen.has(finding.ruleId)) continue;
      seen.add(finding.ruleId);
      failing.push(finding);
    }
  }
  return failing;
}

function verdictsFor({ on, biller, reseller, customer, history }: SubscriptionFacts): Verdict[] {
  const billerPartner = partnerOn(biller, on);
  const sold = { country: customer.country, name: customer.name };
  if (!reseller) {
    // A direct-bill sale, or a provider selling without a reseller (which the chain rule refuses).
    return [evaluate({ action: "sell", on, actor: billerPartner, customer: sold, affiliation: affiliationOf(biller, customer) })];
  }
  const resellerPartner = partnerOn(reseller, on);
  const relationship = statusOn(history, on);
  const withRelationship = relationship ? { relationship } : {};
  return [
    evaluate({ action: "associate-reseller-subscription", on, actor: billerPartner, reseller: resellerPartner, ...withRelationship, customer: sold }),
    evaluate({ action: "transact-new-business", on, actor: billerPartner, reseller: resellerPartner, ...withRelationship }),
    evaluate({
      action: "sell",
      on,
      actor: resellerPartner,
      provider: billerPartner,
      ...withRelationship,
      chain: [...INDIRECT_CHAIN],
      customer: sold,
      affiliation: affiliationOf(reseller, customer),
    }),
  ];
}

/**
 * The days on which the program's rules changed. Between two of them (and the partners' own dated steps) every day
 * gets the same verdict, which is what lets the scan evaluate once per class of days instead of once per row.
 */
export const PROGRAM_CHANGE_DATES: readonly IsoDate[] = PROGRAM_VERSIONS.map((version) => version.effective);

/**
 * The dates at which a pair's verdict may change: the program's, each dated step of the biller and the reseller, and
 * each change of their relationship. Every day between two of them gets the same verdict.
 */
export interface PairProfile {
  thresholds: IsoDate[];
  /** One per interval (before the first threshold, from the first, …): what the rules can see on those days. */
  signatures: string[];
}

export function pairProfile(biller: DatedPartner, reseller: DatedPartner | null, history: StatusHistory | undefined): PairProfile {
  const dates = new Set<IsoDate>(PROGRAM_CHANGE_DATES);
  for (const partner of reseller ? [biller, reseller] : [biller]) {
    for (const day of [partner.onboardedOn, partner.enrolledOn, partner.mpaAcceptedOn]) if (day !== null) dates.add(day);
  }
  for (const change of history ?? []) dates.add(change.from);
  const thresholds = [...dates].sort();
  const signatures = ["0000-01-01", ...thresholds].map((day) => signatureOn(biller, reseller, history, day));
  return { thresholds, signatures };
}

/**
 * What the rules can see of the pair on `on`, without identities (types, countries, capabilities, which side of each
 * date the day is on, the relationship's status): pairs of different partners with the same signature get the same
 * verdict, so a book of many resellers still needs few evaluations.
 */
function signatureOn(biller: DatedPartner, reseller: DatedPartner | null, history: StatusHistory | undefined, on: IsoDate): string {
  let days = "";
  for (const change of PROGRAM_CHANGE_DATES) days += change <= on ? "1" : "0";
  const parts = [days, partnerSignature(biller, on)];
  if (reseller) parts.push(partnerSignature(reseller, on), statusOn(history, on) ?? "none");
  return parts.join("|");
}

// The part of a partner's signature that no date changes, built once per partner: a scan profiles thousands of pairs.
const undatedSignatures = new WeakMap<DatedPartner, string>();

function partnerSignature(partner: DatedPartner, on: IsoDate): string {
  let undated = undatedSignatures.get(partner);
  if (undated === undefined) {
    const caps = partner.directBill ? Object.values(partner.directBill).map((value) => (value ? "1" : "0")).join("") : "";
    undatedSignatures.set(partner, (undated = `${partner.type}:${partner.country}:${caps}:`));
  }
  return `${undated}${atDay(partner.onboardedOn, on)}${atDay(partner.enrolledOn, on)}${atDay(partner.mpaAcceptedOn, on)}`;
}

const atDay = (day: IsoDate | null, on: IsoDate) => (day === null ? "n" : day <= on ? "1" : "0");

/** Which interval of the pair's thresholds `on` falls in (0: before the first). */
export function intervalOf(profile: PairProfile, on: IsoDate): number {
  const { thresholds } = profile;
  let interval = 0;
  while (interval < thresholds.length && thresholds[interval]! <= on) interval++;
  return interval;
}

/** The class of a subscription: its pair's signature on its date, and the customer facts the rules read. */
export function signatureKey(profile: PairProfile, interval: number, facts: SubscriptionFacts): string {
  return `${profile.signatures[interval]}|${facts.customer.country}|${affiliationOf(facts.reseller ?? facts.biller, facts.customer)}`;
}

export function verdictClassKey(profile: PairProfile, facts: SubscriptionFacts): string {
  return signatureKey(profile, intervalOf(profile, facts.on), facts);
}
