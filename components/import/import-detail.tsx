import Link from "next/link";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { DataTable, cellClass, rowClass } from "@/components/ui/data-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/lib/labels";
import type { FormState } from "@/lib/result";
import { ImportProgress } from "./import-progress";

/** What an import page shows; the page loads it (lib/data/imports) and passes it here. */
export type ImportDetailView = {
  id: string;
  status: "preview" | "queued" | "running" | "done";
  fileName: string;
  rowCount: number;
  createdAt: Date;
  finishedAt: Date | null;
  decisions: { go: number; already: number; refused: number };
  outcomes: { done: number; skipped: number; failed: number };
  progress: { done: number; total: number } | null;
  jobFailed: string | null;
};

export type ImportDetailRow = {
  line: number;
  fields: Record<string, string>;
  decision: "go" | "already" | "refused";
  reason: string | null;
  outcome: "done" | "skipped" | "failed" | null;
  outcomeReason: string | null;
};

/** The words of one kind of import: resellers are invited, customers added. */
export type ImportWords = { noun: string; goLabel: string; doneLabel: string; alreadyLabel: string; basePath: string };

function decisionBadge(row: ImportDetailRow, words: ImportWords): { tone: BadgeTone; label: string } {
  if (row.outcome === "done") return { tone: "green", label: words.doneLabel };
  if (row.outcome === "failed") return { tone: "red", label: "Failed" };
  if (row.outcome === "skipped") return { tone: row.decision === "already" ? "slate" : "amber", label: row.decision === "already" ? words.alreadyLabel : "Skipped" };
  if (row.decision === "go") return { tone: "blue", label: words.goLabel };
  if (row.decision === "already") return { tone: "slate", label: words.alreadyLabel };
  return { tone: "amber", label: "Refused" };
}

export function ImportDetail({
  view,
  rows,
  page,
  pages,
  columns,
  words,
  confirmAction,
}: {
  view: ImportDetailView;
  rows: ImportDetailRow[];
  page: number;
  pages: number;
  columns: readonly { field: string; header: string }[];
  words: ImportWords;
  confirmAction: (previous: unknown, formData: FormData) => Promise<FormState<unknown>>;
}) {
  const base = `${words.basePath}/${view.id}`;
  return (
    <div className="space-y-6">
      <section className="card space-y-3" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-lg font-medium break-words">{view.fileName}</h2>
        <p className="text-sm text-slate-600">Uploaded {formatDateTime(view.createdAt)}: {view.rowCount.toLocaleString("en")} rows.</p>
        {view.status === "preview" && (
          <>
            <ul className="flex flex-wrap gap-2 text-sm" aria-label="What will happen">
              <li><Badge tone="blue">{view.decisions.go.toLocaleString("en")} {words.goLabel.toLowerCase()}</Badge></li>
              <li><Badge tone="slate">{view.decisions.already.toLocaleString("en")} {words.alreadyLabel.toLowerCase()}</Badge></li>
              <li><Badge tone="amber">{view.decisions.refused.toLocaleString("en")} refused</Badge></li>
            </ul>
            <p className="text-sm text-slate-600">Nothing has been sent yet. Check the rows below; refused rows are left out and can be fixed and uploaded again.</p>
            {view.decisions.go > 0 ? (
              <ConfirmAction
                primary
                action={confirmAction}
                fields={{ importId: view.id }}
                label={`${words.goLabel} ${view.decisions.go.toLocaleString("en")} ${words.noun}`}
                question={`${words.goLabel} ${view.decisions.go.toLocaleString("en")} ${words.noun}?`}
                description="This runs in the background; you can follow it here. It cannot be undone as a whole."
                confirmLabel={`Yes, ${words.goLabel.toLowerCase()}`}
                pendingLabel="Starting…"
                success="Started."
              />
            ) : (
              <p className="text-sm font-medium">No row of this file can be imported. Fix the file and upload it again.</p>
            )}
          </>
        )}
        {(view.status === "queued" || view.status === "running") && !view.jobFailed && (
          <ImportProgress done={view.progress?.done ?? 0} total={view.progress?.total ?? view.decisions.go} noun={words.noun} />
        )}
        {view.jobFailed && <p role="alert" className="text-sm text-red-700">The import stopped: {view.jobFailed}</p>}
        {view.status === "done" && (
          <div className="space-y-2" role="status">
            <p className="font-medium">Finished {view.finishedAt ? formatDateTime(view.finishedAt) : ""}.</p>
            <ul className="flex flex-wrap gap-2 text-sm" aria-label="What happened">
              <li><Badge tone="green">{view.outcomes.done.toLocaleString("en")} {words.doneLabel.toLowerCase()}</Badge></li>
              <li><Badge tone="slate">{view.outcomes.skipped.toLocaleString("en")} skipped</Badge></li>
              <li><Badge tone="red">{view.outcomes.failed.toLocaleString("en")} failed</Badge></li>
            </ul>
          </div>
        )}
        {view.status !== "preview" && (
          <p>
            <a href={`${base}/result`} className="btn-secondary" download>Download the result (CSV)</a>
          </p>
        )}
      </section>
      <section className="card p-0" aria-labelledby="rows-heading">
        <h2 id="rows-heading" className="px-6 pt-6 text-lg font-medium">Rows</h2>
        {rows.length === 0 ? (
          <EmptyState variant="flush">This file has no rows.</EmptyState>
        ) : (
          <DataTable className="mt-4" caption="Rows of the file and what happens to each" columns={[{ label: "Line" }, ...columns.map((column) => ({ label: column.header })), { label: "What happens" }]}>
            {rows.map((row) => {
              const badge = decisionBadge(row, words);
              const why = row.outcomeReason ?? row.reason;
              return (
                <tr key={row.line} className={rowClass}>
                  <th scope="row" className={`${cellClass} font-normal tabular-nums`}>{row.line}</th>
                  {columns.map((column) => (
                    <td key={column.field} className={`${cellClass} break-all`}>{row.fields[column.field] || "—"}</td>
                  ))}
                  <td className={`${cellClass} min-w-48`}>
                    <Badge tone={badge.tone}>{badge.label}</Badge>
                    {why && <p className="mt-1 text-xs text-slate-600">{why}</p>}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
        <div className="px-6 py-4">
          <Pager page={page} pageCount={pages} hrefFor={(target) => (target > 1 ? `${base}?page=${target}` : base)} label="rows" total={view.rowCount} />
        </div>
      </section>
      <p className="text-sm"><Link href={words.basePath} className="text-brand-700 underline">Upload another file</Link></p>
    </div>
  );
}
