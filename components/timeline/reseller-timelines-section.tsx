import { useTranslations } from "next-intl";
import type { TimelineStep } from "@/lib/timeline/reseller-timeline";
import { ResellerTimeline } from "./reseller-timeline";

export type ProviderTimeline = { relationshipId: string; providerName: string; steps: TimelineStep[] };

/** The reseller's status page: its timeline with each provider (lib/data/reseller-timeline.ts `timelinesForReseller`). */
export function ResellerTimelinesSection({ timelines }: { timelines: ProviderTimeline[] }) {
  const t = useTranslations("audit.timeline");
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-lg font-medium">{t("sectionTitle")}</h2>
      {timelines.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("sectionEmpty")}</p>
      ) : (
        timelines.map((timeline) => (
          <div key={timeline.relationshipId} className="mt-4">
            <h3 className="text-sm font-medium break-words">{timeline.providerName}</h3>
            <ResellerTimeline steps={timeline.steps} label={t("with", { provider: timeline.providerName })} />
          </div>
        ))
      )}
    </section>
  );
}
