import { SupportDecisions, type SupportDecisionItem } from "./support-decisions";

/** The support queue's record of what was decided lately, onboarding verifications included. */
export function RecentDecisionsSection({ decisions }: { decisions: SupportDecisionItem[] }) {
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading" className="text-lg font-medium">Recent decisions</h2>
      <SupportDecisions decisions={decisions} empty="No decisions yet." />
    </section>
  );
}
