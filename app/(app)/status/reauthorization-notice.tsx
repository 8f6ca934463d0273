import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/labels";
import { WARNING_DAYS } from "@/lib/readiness/reauthorization";

/** The reseller's next yearly re-authorization by Partner Center, with the countdown and what to check before it. */
export function ReauthorizationNotice({ anniversary, dueOn, daysLeft }: { anniversary: string; dueOn: string; daysLeft: number }) {
  const near = daysLeft <= WARNING_DAYS[0];
  const t = useTranslations("status.reauthorization");
  const locale = useLocale();
  const body = t.rich("body", {
    anniversary: formatDate(anniversary, locale),
    dueOn: formatDate(dueOn, locale),
    days: daysLeft,
    strong: (chunks) => <strong>{chunks}</strong>,
  });
  return (
    <section className={`card ${near ? "border-amber-300 bg-amber-50" : ""}`} aria-labelledby="reauthorization-heading" data-testid="reauthorization">
      <h2 id="reauthorization-heading" className="text-lg font-medium">{t("heading")}</h2>
      <p className="mt-1 text-sm">
        {body}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        {t("before", { first: WARNING_DAYS[0], second: WARNING_DAYS[1], third: WARNING_DAYS[2] })}
      </p>
    </section>
  );
}
