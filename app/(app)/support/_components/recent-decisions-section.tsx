import { useTranslations } from "next-intl";
import { SupportDecisions, type SupportDecisionItem } from "./support-decisions";

/** The support queue's record of what was decided lately, onboarding verifications included. */
export function RecentDecisionsSection({ decisions }: { decisions: SupportDecisionItem[] }) {
  const t = useTranslations("support.decisions");
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading" className="text-lg font-medium">{t("heading")}</h2>
      <SupportDecisions decisions={decisions} empty={t("none")} />
    </section>
  );
}
