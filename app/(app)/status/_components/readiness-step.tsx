import type { ReadinessStep } from "@/lib/readiness/step";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/labels";

/**
 * One readiness item: its state, when and by whom it was done, and how to do it. What a missing item blocks is said
 * once, in the page's "What is blocked right now" list, which names the items each block waits for.
 */
export function ReadinessStepItem({ step, children }: { step: Pick<ReadinessStep, "label" | "done" | "doneOn" | "doneBy">; children?: React.ReactNode }) {
  const t = useTranslations("status.step");
  const locale = useLocale();
  const on = step.doneOn ? formatDate(step.doneOn, locale) : "";
  const by = step.doneBy ?? "";
  return (
    <li className="border-b border-slate-100 py-4 last:border-0" aria-label={step.label}>
      <div className="flex flex-wrap items-center gap-3">
        <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${step.done ? "bg-green-600" : "bg-slate-300"}`} />
        <span className="font-medium">{step.label}</span>
        <span className="text-sm text-slate-600">
          {step.done ? (on && by ? t("doneOnBy", { on, by }) : on ? t("doneOn", { on }) : by ? t("doneBy", { by }) : t("done")) : t("notYet")}
        </span>
      </div>
      {children}
    </li>
  );
}
