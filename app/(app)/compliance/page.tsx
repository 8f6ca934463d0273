import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { scanResultOf } from "@/lib/data/compliance-scan";
import { formatDate } from "@/lib/labels";
import { RULES, ruleById, type RuleId } from "@/lib/rules";
import { findingListHref, parseFindingQuery, type FindingQuery } from "@/lib/validation/compliance";
import { Pager } from "@/components/ui/pager";
import { FindingTable } from "@/components/compliance-finding-table";
import { RunScanButton } from "./run-scan-button";
import { ScanProgress } from "./scan-progress";

export const metadata: Metadata = { title: "Compliance scan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const scopeText = {
  "indirect-provider": "every subscription you bill, re-checked with the facts of the day it was made: the reseller of record's readiness and MPA, your relationship with it that day, the customer's region and affiliation",
  "direct-bill": "every sale you made, re-checked with the facts of the day it was made: your MPA and requirements, the customer's region and affiliation",
  support: "every subscription of every partner, re-checked with the facts of the day it was made",
} as const;

export default async function CompliancePage({ searchParams }: Props) {
  const actor = await requireActor("compliance.scan");
  const query = parseFindingQuery(await searchParams);
  const result = (await scanResultOf(actor, { rule: query.rule, resellerId: query.reseller, page: query.page }))!;
  const { last, latest, progress } = result;
  const filtered = query.rule !== undefined || query.reseller !== undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start gap-3">
        <div className="max-w-2xl space-y-1">
          <h1 className="text-2xl font-semibold">Compliance scan</h1>
          <p className="text-sm text-slate-600">
            Finds, before Microsoft does, the subscriptions that broke a program rule on the day they were made: {scopeText[actor.audience as keyof typeof scopeText]}.
          </p>
        </div>
        {!(progress && !progress.failed) && (
          <div className="ml-auto">
            <RunScanButton label={last ? "Scan again" : "Run the scan"} />
          </div>
        )}
      </div>

      {progress && !progress.failed && <ScanProgress done={progress.done} total={progress.total} />}
      {progress?.failed && (
        <p role="alert" className="card text-red-700">The last scan failed: {progress.failed} Run it again; if it fails again, tell program support.</p>
      )}
      {latest?.status === "failed" && !progress && (
        <p role="alert" className="card text-red-700">The scan started {formatDate(latest.startedAt)} failed: {latest.error}</p>
      )}

      {!last ? (
        !progress && <p className="card text-slate-600">No scan has run yet. Run one to see which subscriptions broke a rule on their date.</p>
      ) : (
        <>
          <section aria-labelledby="last-run" className="card space-y-1" data-scan-id={last.id}>
            <h2 id="last-run" className="font-semibold">Last result</h2>
            <p className="text-sm">
              Ran {last.finishedAt?.toISOString().slice(0, 19).replace("T", " ")} UTC: {last.subscriptionsChecked.toLocaleString("en")} subscriptions checked,{" "}
              <strong>{last.findingsCount.toLocaleString("en")} {last.findingsCount === 1 ? "finding" : "findings"}</strong>.
            </p>
            {last.newCount !== null && last.fixedCount !== null && (
              <p className="text-sm" data-testid="scan-comparison">
                Compared with the scan before: {last.newCount.toLocaleString("en")} new, {last.fixedCount.toLocaleString("en")} fixed.
              </p>
            )}
          </section>

          {result.byRule.length > 0 && <CountsByRule byRule={result.byRule} query={query} />}

          <FindingFilters query={query} resellers={result.resellers} showReseller={actor.audience !== "direct-bill"} />
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <p aria-live="polite">
              {result.total.toLocaleString("en")} {result.total === 1 ? "finding" : "findings"}
              {filtered && (result.total === 1 ? " matches these filters" : " match these filters")}
            </p>
            {result.total > 0 && (
              <a href={findingListHref({ ...query, page: 1 }, "/compliance/export")} className="ml-auto text-brand-700 underline" download>
                Download these as CSV
              </a>
            )}
          </div>
          {result.findings.length === 0 ? (
            <p className="card text-slate-600">
              {filtered ? (
                <>No finding matches these filters. <Link href="/compliance" className="text-brand-700 underline">Show all findings</Link>.</>
              ) : (
                "Every subscription followed the rules in force on its date."
              )}
            </p>
          ) : (
            <FindingTable rows={result.findings} />
          )}
          <Pager page={result.page} pageCount={result.pageCount} label="findings" hrefFor={(page) => findingListHref({ ...query, page })} />
        </>
      )}
    </div>
  );
}

function ruleTitle(ruleId: string): string {
  try {
    return ruleById(ruleId as RuleId).title;
  } catch {
    return ruleId;
  }
}

function CountsByRule({ byRule, query }: { byRule: { ruleId: string; findings: number }[]; query: FindingQuery }) {
  return (
    <section aria-labelledby="by-rule" className="card p-0">
      <h2 id="by-rule" className="px-4 pt-3 font-semibold">Findings by rule</h2>
      <ul className="divide-y divide-slate-100 text-sm">
        {byRule.map((row) => (
          <li key={row.ruleId} className="flex flex-wrap items-center gap-2 px-4 py-2">
            <Link href={findingListHref({ ...query, rule: row.ruleId, page: 1 })} className="text-brand-700 hover:underline" aria-current={query.rule === row.ruleId ? "true" : undefined}>
              <span className="font-mono text-xs">{row.ruleId}</span> {ruleTitle(row.ruleId)}
            </Link>
            <span className="ml-auto tabular-nums" data-testid={`count-${row.ruleId}`}>{row.findings.toLocaleString("en")}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingFilters({ query, resellers, showReseller }: { query: FindingQuery; resellers: { id: string; name: string }[]; showReseller: boolean }) {
  return (
    <form method="get" action="/compliance" className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">Rule</span>
        <select name="rule" defaultValue={query.rule ?? ""} className="input">
          <option value="">All rules</option>
          {/* Every rule, so a rule without findings can be asked for too. */}
          {RULES.map((rule) => (
            <option key={rule.id} value={rule.id}>{rule.id}</option>
          ))}
        </select>
      </label>
      {showReseller && (
        <label className="text-sm">
          <span className="block font-medium">Reseller of record</span>
          <select name="reseller" defaultValue={query.reseller ?? ""} className="input">
            <option value="">All resellers</option>
            {resellers.map((reseller) => (
              <option key={reseller.id} value={reseller.id}>{reseller.name}</option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="btn-secondary">Filter</button>
    </form>
  );
}

