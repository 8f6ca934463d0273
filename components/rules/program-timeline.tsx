// The program's dated versions, oldest first: when each took effect, what changed and where it is written; then the
// region-table changes whose dates are known only as a range, which the rules list but never apply.
import { PROGRAM_VERSIONS, undatedChanges } from "@/lib/rules";
import table from "@/lib/rules/regions.json";

const UNDATED = undatedChanges(table.laterChanges);

export function ProgramTimeline() {
  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="text-xl font-semibold">
        The program over time
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each check uses the version in force on the date it is about, and every finding names that version.
      </p>
      <ol className="mt-4 space-y-4 border-l-2 border-brand-200 pl-4" data-testid="program-timeline">
        {PROGRAM_VERSIONS.map((version) => (
          <li key={version.id} id={`version-${version.id}`} className="scroll-mt-4">
            <p className="font-mono text-sm font-semibold text-brand-700">
              <time dateTime={version.effective}>{version.effective}</time>
            </p>
            <h3 className="font-semibold">{version.title}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
              {version.changes.length > 3 ? (
                <li>Every rule below, as the article states it.</li>
              ) : (
                version.changes.map((change) => (
                  <li key={change.ruleId}>
                    <a href={`#${change.ruleId}`} className="font-mono text-xs text-brand-700 underline">
                      {change.ruleId}
                    </a>
                    : {change.summary}
                  </li>
                ))
              )}
            </ul>
            <p className="mt-1 text-xs text-slate-600">
              Source: {version.source.document}, <time dateTime={version.source.date}>{version.source.date}</time>
            </p>
          </li>
        ))}
      </ol>
      <h3 className="mt-6 font-semibold">Changes with no exact date</h3>
      <p className="mt-1 text-sm text-slate-600">
        The region table changed at some point in these ranges. Without a date we cannot say which checks they affect, so
        the rules keep the article&apos;s table and do not apply them.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="undated-changes">
        {UNDATED.map((change) => (
          <li key={change.change}>
            Changed between {change.from} and {change.to}: {change.change}
          </li>
        ))}
      </ul>
    </section>
  );
}
