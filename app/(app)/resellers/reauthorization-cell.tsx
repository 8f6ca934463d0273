import { formatDate } from "@/lib/labels";
import { nextReauthorization, WARNING_DAYS } from "@/lib/readiness/reauthorization";
import { useLocale, useTranslations } from "next-intl";

/** A reseller's next yearly re-authorization in the provider's list: the date and the countdown, marked when near. */
export function ReauthorizationCell({ anniversary }: { anniversary: string | null }) {
  const t = useTranslations("resellers.reauthorization");
  const locale = useLocale();
  if (!anniversary) return <span className="text-slate-500">{t("notEnrolled")}</span>;
  const { dueOn, daysLeft } = nextReauthorization(anniversary, new Date().toISOString().slice(0, 10));
  const near = daysLeft <= WARNING_DAYS[0];
  return (
    <span className={near ? "font-medium text-amber-800" : undefined} data-testid="reauthorization">
      {formatDate(dueOn, locale)} <span className="whitespace-nowrap">{t("countdown", { days: daysLeft })}</span>
    </span>
  );
}
