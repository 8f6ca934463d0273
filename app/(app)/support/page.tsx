import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/data/require-actor";
import { listOnboardingQueue } from "@/lib/data/onboarding";
import { OnboardingQueue } from "./_components/onboarding-queue";
import { TerminationRequestsSection } from "./termination-requests-section";
import { RecentDecisionsSection } from "./_components/recent-decisions-section";
import { listSupportDecisions } from "@/lib/data/partner-directory";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support");
  return { title: t("queue.title") };
}

export default async function SupportPage() {
  const actor = await requireActor("support.view");
  const t = await getTranslations("support");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("queue.title")}</h1>
      <OnboardingQueue queue={await listOnboardingQueue(actor)} />
      <TerminationRequestsSection actor={actor} />
      <RecentDecisionsSection decisions={(await listSupportDecisions(actor)) ?? []} />
    </div>
  );
}
