import type { BlockedAction } from "@/lib/readiness/blocks";

/** What a missing item blocks, each with the rule that blocks it and the rules' explanation. */
export function BlockedActions({ blocks, heading = "While this is missing:" }: { blocks: BlockedAction[]; heading?: string }) {
  if (blocks.length === 0) return null;
  return (
    <div className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-900">{heading}</p>
      <ul className="mt-1 space-y-2">
        {blocks.map((block) => (
          <li key={block.what}>
            <p className="font-medium">{block.what}.</p>
            <ul className="ml-4 list-disc text-slate-700">
              {block.findings.map((finding) => (
                <li key={finding.ruleId}>
                  <span className="font-mono text-xs">{finding.ruleId}</span> {finding.explanation}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
