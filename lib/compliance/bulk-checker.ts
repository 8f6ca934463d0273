// Evaluates a stream of subscriptions in bulk: the rules run once per class of subscriptions they cannot tell apart
// (see verdictClassKey); only a class that fails is evaluated again per subscription, for its exact explanation.
// The per-row path is a few map lookups on short keys: at a million rows, string building and hashing are the cost.
import type { Finding } from "@/lib/rules";
import { failingFindings, intervalOf, pairProfile, signatureKey, type PairProfile, type SubscriptionFacts } from "./check-subscription";
import { affiliationOf, type DatedPartner, type StatusHistory } from "./facts";

type CachedProfile = PairProfile & { verdicts: Map<string, boolean>[] };

export class BulkChecker {
  private readonly classFails = new Map<string, boolean>();
  private readonly profiles = new Map<string, Map<string, CachedProfile>>();
  /** How many times the rules actually ran (for the bench: far fewer than the subscriptions). */
  evaluations = 0;

  failing(facts: SubscriptionFacts): Finding[] {
    const profile = this.profileOf(facts);
    const interval = intervalOf(profile, facts.on);
    const byCustomer = (profile.verdicts[interval] ??= new Map());
    const { customer } = facts;
    // A customer with no owner and no affiliation group is unrelated to every seller: its country is all that counts.
    const customerKey = customer.ownerOrganizationId === null && customer.affiliationGroup === null ? customer.country : `${customer.country}|${affiliationOf(facts.reseller ?? facts.biller, customer)}`;
    let fails = byCustomer.get(customerKey);
    if (fails === undefined) {
      const key = signatureKey(profile, interval, facts);
      fails = this.classFails.get(key);
      if (fails === undefined) {
        const findings = this.evaluate(facts);
        this.classFails.set(key, findings.length > 0);
        byCustomer.set(customerKey, findings.length > 0);
        return findings;
      }
      byCustomer.set(customerKey, fails);
    }
    return fails ? this.evaluate(facts) : [];
  }

  private evaluate(facts: SubscriptionFacts): Finding[] {
    this.evaluations++;
    return failingFindings(facts);
  }

  /**
   * The pair's thresholds and the signature of each interval between them, computed once per pair: the scan hands
   * them to the database, which then sorts each subscription into its class without sending it here.
   */
  pairProfile(biller: DatedPartner, reseller: DatedPartner | null, history: StatusHistory | undefined): PairProfile {
    return this.profileOf({ biller, reseller, history });
  }

  private profileOf({ biller, reseller, history }: Pick<SubscriptionFacts, "biller" | "reseller" | "history">): CachedProfile {
    let byReseller = this.profiles.get(biller.id);
    if (!byReseller) this.profiles.set(biller.id, (byReseller = new Map()));
    const resellerId = reseller?.id ?? "";
    let profile = byReseller.get(resellerId);
    if (!profile) byReseller.set(resellerId, (profile = { ...pairProfile(biller, reseller, history), verdicts: [] }));
    return profile;
  }
}
