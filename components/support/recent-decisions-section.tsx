import type { Actor } from "@/lib/data/actor";
import { listSupportDecisions } from "@/lib/data/partner-directory";
import { SupportDecisions } from "./support-decisions";

/** The support queue's record of what was decided lately, onboarding verifications included. */
export async function RecentDecisionsSection({ actor }: { actor: Actor }) {
  const decisions = (await listSupportDecisions(actor, { limit: 20 })) ?? [];
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading" className="text-lg font-medium">Recent decisions</h2>
      <SupportDecisions decisions={decisions} empty="No decisions yet." />
    </section>
  );
}
