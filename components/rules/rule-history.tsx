// One rule's history: every version that changed it, oldest first, each with its source.
import { ruleHistory, type RuleId } from "@/lib/rules";

export function RuleHistory({ ruleId }: { ruleId: RuleId }) {
  const history = ruleHistory(ruleId);
  if (history.length <= 1) {
    return <p className="mt-3 text-xs text-slate-600">Unchanged since the article&apos;s program (from 2020-02-01).</p>;
  }
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold">History</h3>
      <ol className="mt-1 space-y-1 text-sm" data-testid={`history-${ruleId}`}>
        {history.map(({ version, summary }) => (
          <li key={version.id}>
            <a href={`#version-${version.id}`} className="font-mono text-xs text-brand-700 underline">
              {version.effective}
            </a>{" "}
            {version.changes.length > 3 ? "As the article states it." : summary}{" "}
            <span className="text-xs text-slate-600">({version.source.document}, {version.source.date})</span>
          </li>
        ))}
      </ol>
    </>
  );
}
