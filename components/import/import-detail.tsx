import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { columnHeader, type ImportColumn } from "@/lib/import/parse-csv";
import { importReasonText } from "@/lib/import/reasons";
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

/** Which import: its words (resellers are invited) come from the catalogue's `detail.kinds`. */
export type ImportKindName = "resellers" | "customers";

type Badge = { tone: BadgeTone; label: "done" | "failed" | "already" | "skipped" | "go" | "refused" };

function decisionBadge(row: ImportDetailRow): Badge {
  if (row.outcome === "done") return { tone: "green", label: "done" };
  if (row.outcome === "failed") return { tone: "red", label: "failed" };
  if (row.outcome === "skipped") return { tone: row.decision === "already" ? "slate" : "amber", label: row.decision === "already" ? "already" : "skipped" };
  if (row.decision === "go") return { tone: "blue", label: "go" };
  if (row.decision === "already") return { tone: "slate", label: "already" };
  return { tone: "amber", label: "refused" };
}

export function ImportDetail({
  view,
  rows,
  page,
  pages,
  columns,
  kind,
  confirmAction,
}: {
  view: ImportDetailView;
  rows: ImportDetailRow[];
  page: number;
  pages: number;
  columns: readonly ImportColumn[];
  kind: ImportKindName;
  confirmAction: (previous: unknown, formData: FormData) => Promise<FormState<unknown>>;
}) {
  const t = useTranslations("import.detail");
  const locale = useLocale();
  const basePath = `/${kind}/import`;
  const base = `${basePath}/${view.id}`;
  const badgeLabel = (label: Badge["label"]) => (label === "go" || label === "done" || label === "already" ? t(`kinds.${kind}.${label}`) : t(`badge.${label}`));
  return (
    <div className="space-y-6">
      <section className="card space-y-3" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-lg font-medium break-words">{view.fileName}</h2>
        <p className="text-sm text-slate-600">{t("uploaded", { at: formatDateTime(view.createdAt, locale), count: view.rowCount })}</p>
        {view.status === "preview" && (
          <>
            <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("willHappen")}>
              <li><Badge tone="blue">{t(`kinds.${kind}.goCount`, { count: view.decisions.go })}</Badge></li>
              <li><Badge tone="slate">{t(`kinds.${kind}.alreadyCount`, { count: view.decisions.already })}</Badge></li>
              <li><Badge tone="amber">{t("refusedCount", { count: view.decisions.refused })}</Badge></li>
            </ul>
            <p className="text-sm text-slate-600">{t("nothingSent")}</p>
            {view.decisions.go > 0 ? (
              <ConfirmAction
                primary
                action={confirmAction}
                fields={{ importId: view.id }}
                label={t(`kinds.${kind}.confirm`, { count: view.decisions.go })}
                question={t(`kinds.${kind}.question`, { count: view.decisions.go })}
                description={t("confirmDescription")}
                confirmLabel={t(`kinds.${kind}.yes`)}
                pendingLabel={t("starting")}
                success={t("started")}
              />
            ) : (
              <p className="text-sm font-medium">{t("nothingToImport")}</p>
            )}
          </>
        )}
        {(view.status === "queued" || view.status === "running") && !view.jobFailed && (
          <ImportProgress done={view.progress?.done ?? 0} total={view.progress?.total ?? view.decisions.go} kind={kind} />
        )}
        {view.jobFailed && <p role="alert" className="text-sm text-red-700">{t("stopped", { error: view.jobFailed })}</p>}
        {view.status === "done" && (
          <div className="space-y-2" role="status">
            <p className="font-medium">{view.finishedAt ? t("finishedAt", { at: formatDateTime(view.finishedAt, locale) }) : t("finished")}</p>
            <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("happened")}>
              <li><Badge tone="green">{t(`kinds.${kind}.doneCount`, { count: view.outcomes.done })}</Badge></li>
              <li><Badge tone="slate">{t("skippedCount", { count: view.outcomes.skipped })}</Badge></li>
              <li><Badge tone="red">{t("failedCount", { count: view.outcomes.failed })}</Badge></li>
            </ul>
          </div>
        )}
        {view.status !== "preview" && (
          <p>
            <a href={`${base}/result`} className="btn-secondary" download>{t("downloadResult")}</a>
          </p>
        )}
      </section>
      <section className="card p-0" aria-labelledby="rows-heading">
        <h2 id="rows-heading" className="px-6 pt-6 text-lg font-medium">{t("rows")}</h2>
        {rows.length === 0 ? (
          <EmptyState variant="flush">{t("noRows")}</EmptyState>
        ) : (
          <DataTable className="mt-4" caption={t("caption")} columns={[{ label: t("line") }, ...columns.map((column) => ({ label: columnHeader(column, locale) })), { label: t("whatHappens") }]}>
            {rows.map((row) => {
              const badge = decisionBadge(row);
              const reason = row.outcomeReason ?? row.reason;
              const why = reason ? importReasonText(reason, locale) : null;
              return (
                <tr key={row.line} className={rowClass}>
                  <th scope="row" className={`${cellClass} font-normal tabular-nums`}>{row.line}</th>
                  {columns.map((column) => (
                    <td key={column.field} className={`${cellClass} break-all`}>{row.fields[column.field] || "—"}</td>
                  ))}
                  <td className={`${cellClass} min-w-48`}>
                    <Badge tone={badge.tone}>{badgeLabel(badge.label)}</Badge>
                    {why && <p className="mt-1 text-xs text-slate-600">{why}</p>}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
        <div className="px-6 py-4">
          <Pager page={page} pageCount={pages} hrefFor={(target) => (target > 1 ? `${base}?page=${target}` : base)} label={t("pagerLabel")} total={view.rowCount} />
        </div>
      </section>
      <p className="text-sm"><Link href={basePath} className="text-brand-700 underline">{t("uploadAnother")}</Link></p>
    </div>
  );
}
