import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { listOnboardingQueue } from "@/lib/data/onboarding";
import { OnboardingQueue } from "./_components/onboarding-queue";
import { TerminationRequestsSection } from "./termination-requests-section";
import { RecentDecisionsSection } from "./_components/recent-decisions-section";
import { listSupportDecisions } from "@/lib/data/partner-directory";

export const metadata: Metadata = { title: "Support queue" };

export default async function SupportPage() {
  const actor = await requireActor("support.view");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Support queue</h1>
      <OnboardingQueue queue={await listOnboardingQueue(actor)} />
      <TerminationRequestsSection actor={actor} />
      <RecentDecisionsSection decisions={(await listSupportDecisions(actor)) ?? []} />
    </div>
  );
}
