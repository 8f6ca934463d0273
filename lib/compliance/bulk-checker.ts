// Evaluates a stream of subscriptions in bulk: the rules run once per class of subscriptions they cannot tell apart
// (see verdictClassKey); only a class that fails is evaluated again per subscription, for its exact explanation.
import type { Finding } from "@/lib/rules";
import { failingFindings, pairProfile, verdictClassKey, type PairProfile, type SubscriptionFacts } from "./check-subscription";

export class BulkChecker {
  private readonly classFails = new Map<string, boolean>();
  private readonly profiles = new Map<string, PairProfile>();
  /** How many times the rules actually ran (for the bench: far fewer than the subscriptions). */
  evaluations = 0;

  failing(facts: SubscriptionFacts): Finding[] {
    const pair = facts.reseller ? `${facts.biller.id}|${facts.reseller.id}` : facts.biller.id;
    let profile = this.profiles.get(pair);
    if (!profile) {
      profile = pairProfile(facts.biller, facts.reseller, facts.history);
      this.profiles.set(pair, profile);
    }
    const key = verdictClassKey(profile, facts);
    if (this.classFails.get(key) === false) return [];
    this.evaluations++;
    const findings = failingFindings(facts);
    this.classFails.set(key, findings.length > 0);
    return findings;
  }
}
