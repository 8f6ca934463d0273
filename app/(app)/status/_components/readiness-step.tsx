import type { ReadinessStep } from "@/lib/readiness/step";
import { formatDate } from "@/lib/labels";

/**
 * One readiness item: its state, when and by whom it was done, and how to do it. What a missing item blocks is said
 * once, in the page's "What is blocked right now" list, which names the items each block waits for.
 */
export function ReadinessStepItem({ step, children }: { step: Pick<ReadinessStep, "label" | "done" | "doneOn" | "doneBy">; children?: React.ReactNode }) {
  return (
    <li className="border-b border-slate-100 py-4 last:border-0" aria-label={step.label}>
      <div className="flex flex-wrap items-center gap-3">
        <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${step.done ? "bg-green-600" : "bg-slate-300"}`} />
        <span className="font-medium">{step.label}</span>
        <span className="text-sm text-slate-600">
          {step.done ? (
            <>
              Done{step.doneOn ? ` on ${formatDate(step.doneOn)}` : ""}
              {step.doneBy ? ` by ${step.doneBy}` : ""}
            </>
          ) : (
            "Not yet"
          )}
        </span>
      </div>
      {children}
    </li>
  );
}
