import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/labels";
import { countryName } from "@/lib/i18n/format";
import { OnboardingDecision } from "./onboarding-decision";

/** What the section shows of a partner waiting for verification (the page loads it from the data layer). */
export type OnboardingQueueEntry = {
  id: string;
  legalName: string;
  partnerId: string;
  country: string;
  submittedAt: Date | null;
  details: { address?: string; website?: string; phone?: string };
};

/** Program support's section: partners whose business details wait for verification. */
export function OnboardingQueue({ queue }: { queue: OnboardingQueueEntry[] }) {
  const t = useTranslations("support.onboarding");
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="onboarding-heading">
      <h2 id="onboarding-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      {queue.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-100">
          {queue.map((entry) => (
            <li key={entry.id} className="py-4" aria-label={entry.legalName}>
              <p className="font-medium">{entry.legalName}</p>
              <p className="text-sm text-slate-600">
                {t("line", { partnerId: entry.partnerId, country: countryName(entry.country, locale), date: formatDate(entry.submittedAt, locale) })}
              </p>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("address")}</dt>
                <dd>{entry.details.address}</dd>
                <dt className="text-slate-600">{t("website")}</dt>
                <dd>{entry.details.website}</dd>
                <dt className="text-slate-600">{t("phone")}</dt>
                <dd>{entry.details.phone}</dd>
              </dl>
              <OnboardingDecision organizationId={entry.id} legalName={entry.legalName} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
