// When the verdict would flip if only the date moved. The spans come from the rules library (`verdictSpans`, over
// the program's version boundaries and the dates in the facts); this component only shows them.
import Link from "next/link";
import { describeSpan, type VerdictSpan } from "@/lib/rules";

export function VerdictOverTime({ spans, on, onPick }: { spans: readonly VerdictSpan[]; on: string; onPick: (date: string) => void }) {
  const current = spans.find((span) => (span.from === null || span.from <= on) && (span.until === null || on <= span.until));
  return (
    <section aria-labelledby="over-time-heading" className="card space-y-2 p-4 text-sm sm:p-6">
      <h2 id="over-time-heading" className="text-base font-semibold">
        Over time
      </h2>
      <p data-testid="verdict-span">
        With the same facts, this is <strong>{current ? describeSpan(current) : "not known"}</strong>.
      </p>
      {spans.length > 1 && (
        <ol className="space-y-1" aria-label="Verdict by date">
          {spans.map((span) => (
            <li key={span.from ?? "start"} className="flex flex-wrap items-baseline gap-x-2">
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${span.allowed ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}>
                {span.allowed ? "Allowed" : "Blocked"}
              </span>
              <span>{span.from === null ? `until ${span.until}` : span.until === null ? `from ${span.from}` : `${span.from} to ${span.until}`}</span>
              {span !== current && (
                <button type="button" className="text-brand-700 underline" onClick={() => onPick(span.from ?? span.until!)}>
                  Check on {span.from ?? span.until}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="text-xs text-slate-600">
        The program changed over the years; see its{" "}
        <Link href="/rules#timeline-title" className="text-brand-700 underline">
          timeline
        </Link>
        .
      </p>
    </section>
  );
}
