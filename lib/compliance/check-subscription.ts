// What the rules said about one subscription on its date: the proposals the provider, reseller or direct-bill partner
// made that day (record the reseller, transact new business, the sale itself), asked again with that day's facts.
import { evaluate, INDIRECT_CHAIN, MPA_EFFECTIVE_DATE, type Finding, type IsoDate, type Verdict } from "@/lib/rules";
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
export const PROGRAM_CHANGE_DATES: readonly IsoDate[] = [MPA_EFFECTIVE_DATE, "2020-07-01", "2020-10-27", "2023-04-24", "2024-04-01"];

/**
 * A key that is equal for two subscriptions exactly when the rules cannot tell them apart: the same parties and
 * customer facts, and the same side of every date that matters (each program change, each dated step of the biller
 * and the reseller, the relationship's status that day).
 */
export function verdictClassKey(facts: SubscriptionFacts): string {
  const { on, biller, reseller, customer, history } = facts;
  let days = "";
  for (const change of PROGRAM_CHANGE_DATES) days += change <= on ? "1" : "0";
  days += sideOf(biller, on);
  if (reseller) days += sideOf(reseller, on) + (statusOn(history, on) ?? "none");
  const sellerAffiliation = affiliationOf(reseller ?? biller, customer);
  return `${biller.id}|${reseller?.id ?? ""}|${customer.country}|${sellerAffiliation}|${days}`;
}

function sideOf(partner: DatedPartner, on: IsoDate): string {
  const at = (day: IsoDate | null) => (day === null ? "n" : day <= on ? "1" : "0");
  return at(partner.onboardedOn) + at(partner.enrolledOn) + at(partner.mpaAcceptedOn);
}
