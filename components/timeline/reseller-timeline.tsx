import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TimelineStep, TimelineStepKey } from "@/lib/timeline/reseller-timeline";

/** Each step's label in messages/<locale>/audit.json (`timeline.steps`). */
const stepKeys = {
  invited: "invited",
  linked: "linked",
  onboarded: "onboarded",
  enrolled: "enrolled",
  "mpa-signed": "mpaSigned",
  "first-transaction": "firstTransaction",
  "termination-requested": "terminationRequested",
  terminated: "terminated",
} as const satisfies Record<TimelineStepKey, string>;

/**
 * The steps of one provider–reseller relationship as an ordered list: done steps with their date, who did it and a
 * link to the audit event (when the viewer may open it), later steps as "not yet". In the reader's language.
 */
export function ResellerTimeline({ steps, label }: { steps: TimelineStep[]; label: string }) {
  const t = useTranslations("audit.timeline");
  const locale = useLocale() as Locale;
  return (
    <ol aria-label={label} className="mt-3 space-y-0" data-testid="reseller-timeline">
      {steps.map((step, index) => {
        const done = step.event !== null;
        const last = index === steps.length - 1;
        return (
          <li key={step.key} data-step={step.key} data-done={done} className="relative flex gap-3 pb-4 last:pb-0">
            {!last && <span aria-hidden className="absolute left-[7px] top-4 h-full w-0.5 bg-slate-200" />}
            <span aria-hidden className={`relative mt-1 inline-block h-4 w-4 shrink-0 rounded-full border-2 ${done ? "border-green-700 bg-green-600" : "border-slate-300 bg-white"}`} />
            <div className="min-w-0 text-sm">
              <p className="font-medium break-words">
                {t(`steps.${stepKeys[step.key]}`)}
                <span className="sr-only">{done ? t("done") : t("notYetSr")}</span>
              </p>
              {step.event ? (
                <p className="break-words text-slate-600">
                  <time dateTime={step.event.occurredAt.toISOString()}>{formatDate(step.event.occurredAt, locale)}</time>
                  {step.event.actorName && (
                    <>
                      {" · "}
                      {step.event.actorOrganizationName
                        ? t("byOrganization", { name: step.event.actorName, organization: step.event.actorOrganizationName })
                        : t("byProgramSupport", { name: step.event.actorName })}
                    </>
                  )}
                  {step.event.linkable && (
                    <>
                      {" · "}
                      <Link href={`/audit-log/${step.event.id}`} className="text-brand-700 underline">
                        {t("auditEvent", { id: step.event.id })}
                      </Link>
                    </>
                  )}
                </p>
              ) : (
                <p className="text-slate-500">{t("notYet")}</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
