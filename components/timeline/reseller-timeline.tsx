import Link from "next/link";
import { formatDate } from "@/lib/labels";
import type { TimelineStep } from "@/lib/timeline/reseller-timeline";

/**
 * The steps of one provider–reseller relationship as an ordered list: done steps with their date, who did it and a
 * link to the audit event (when the viewer may open it), later steps as "not yet".
 */
export function ResellerTimeline({ steps, label }: { steps: TimelineStep[]; label: string }) {
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
              <p className="font-medium">
                {step.label}
                <span className="sr-only">{done ? ": done" : ": not yet"}</span>
              </p>
              {step.event ? (
                <p className="text-slate-600">
                  <time dateTime={step.event.occurredAt.toISOString()}>{formatDate(step.event.occurredAt)}</time>
                  {step.event.actorName && (
                    <>
                      {" "}· by {step.event.actorName}
                      {step.event.actorOrganizationName ? ` (${step.event.actorOrganizationName})` : " (program support)"}
                    </>
                  )}
                  {step.event.linkable && (
                    <>
                      {" "}·{" "}
                      <Link href={`/audit-log/${step.event.id}`} className="text-brand-700 underline">
                        audit event #{step.event.id}
                      </Link>
                    </>
                  )}
                </p>
              ) : (
                <p className="text-slate-500">Not yet</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
