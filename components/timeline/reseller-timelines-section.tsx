import type { Actor } from "@/lib/data/actor";
import { timelinesForReseller } from "@/lib/data/reseller-timeline";
import { ResellerTimeline } from "./reseller-timeline";

/** The reseller's status page: its timeline with each provider, from the audit trail. Nothing for other partner types. */
export async function ResellerTimelinesSection({ actor }: { actor: Actor }) {
  if (actor.partnerType !== "indirect-reseller") return null;
  const timelines = await timelinesForReseller(actor);
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-lg font-medium">Timeline with your providers</h2>
      {timelines.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No provider has linked with you yet; the timeline starts with an invitation.</p>
      ) : (
        timelines.map((timeline) => (
          <div key={timeline.relationshipId} className="mt-4">
            <h3 className="text-sm font-medium">{timeline.providerName}</h3>
            <ResellerTimeline steps={timeline.steps} label={`Timeline with ${timeline.providerName}`} />
          </div>
        ))
      )}
    </section>
  );
}
