import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/labels";
import { ActionButton } from "@/components/action-button";
import { remindToSignMpaForm } from "./mpa-reminder-actions";

/**
 * For a reseller that has not signed the MPA: when the provider last reminded it, and (for admins) a button to remind
 * it again once a week has passed.
 */
export function MpaReminder({
  resellerId,
  resellerName,
  reminder,
  isAdmin,
}: {
  resellerId: string;
  resellerName: string;
  reminder: { lastSentAt: Date; nextAllowedAt: Date; canSendAgain: boolean } | null;
  isAdmin: boolean;
}) {
  const t = useTranslations("resellers.mpaReminder");
  const locale = useLocale();
  const waiting = reminder !== null && !reminder.canSendAgain;
  return (
    <section className="card space-y-2" aria-labelledby="mpa-reminder-heading" data-testid="mpa-reminder">
      <h2 id="mpa-reminder-heading" className="text-lg font-medium">{t("heading")}</h2>
      <p className="text-sm text-slate-600">
        {t("notAccepted", { name: resellerName })}{" "}
        {reminder ? t("lastReminded", { date: formatDate(reminder.lastSentAt, locale) }) : t("notReminded")}
      </p>
      {isAdmin &&
        (waiting ? (
          // Replaces the button once a reminder is sent (the page re-renders): announced as the outcome.
          <p role="status" className="text-sm text-slate-600">{t("nextFrom", { date: formatDate(reminder!.nextAllowedAt, locale) })}</p>
        ) : (
          <ActionButton
            action={remindToSignMpaForm}
            fields={{ resellerId }}
            label={t("send")}
            pendingLabel={t("sending")}
            success={t("sent")}
            secondary
          />
        ))}
    </section>
  );
}
