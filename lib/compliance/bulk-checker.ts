// Evaluates a stream of subscriptions in bulk: the rules run once per class of indistinguishable subscriptions
// (see verdictClassKey); only a class that fails is evaluated again per subscription, for its exact explanation.
import type { Finding } from "@/lib/rules";
import { failingFindings, verdictClassKey, type SubscriptionFacts } from "./check-subscription";

export class BulkChecker {
  private readonly classFails = new Map<string, boolean>();
  /** How many times the rules actually ran (for the bench: far fewer than the subscriptions). */
  evaluations = 0;

  failing(facts: SubscriptionFacts): Finding[] {
    const key = verdictClassKey(facts);
    if (this.classFails.get(key) === false) return [];
    this.evaluations++;
    const findings = failingFindings(facts);
    this.classFails.set(key, findings.length > 0);
    return findings;
  }
}
