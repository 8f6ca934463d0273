import type { ReadinessStep } from "@/lib/readiness/step";
import { formatDate } from "@/lib/labels";
import { BlockedActions } from "./blocked-actions";

/** One readiness item: its state, when and by whom it was done, what it blocks while missing, and how to do it. */
export function ReadinessStepItem({ step, children }: { step: Pick<ReadinessStep, "label" | "done" | "doneOn" | "doneBy" | "blocks">; children?: React.ReactNode }) {
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
      {!step.done && <BlockedActions blocks={step.blocks} />}
      {children}
    </li>
  );
}
