import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { scanResultOf } from "@/lib/data/compliance-scan";
import { formatDate } from "@/lib/labels";
import { RULES, ruleById, ruleText, type RuleId } from "@/lib/rules";
import { findingListHref, parseFindingQuery, type FindingQuery } from "@/lib/validation/compliance";
import { Pager } from "@/components/ui/pager";
import { FindingTable } from "@/components/compliance-finding-table";
import { RunScanButton } from "./run-scan-button";
import { ScanProgress } from "./scan-progress";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compliance");
  return { title: t("title") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"compliance">>>;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const scopeKey = { "indirect-provider": "provider", "direct-bill": "directBill", support: "support" } as const;

export default async function CompliancePage({ searchParams }: Props) {
  const actor = await requireActor("compliance.scan");
  const query = parseFindingQuery(await searchParams);
  const result = (await scanResultOf(actor, { rule: query.rule, resellerId: query.reseller, page: query.page }))!;
  const { last, latest, progress } = result;
  const filtered = query.rule !== undefined || query.reseller !== undefined;
  const t = await getTranslations("compliance");
  const locale = await getLocale();
  const ranText = (scan: { finishedAt: Date | null; subscriptionsChecked: number; findingsCount: number }) =>
    t.rich("ran", {
      at: scan.finishedAt ? formatDateTime(scan.finishedAt, locale) : "",
      checked: scan.subscriptionsChecked,
      findings: scan.findingsCount,
      strong: (chunks) => <strong>{chunks}</strong>,
    });
  const noMatch = t.rich("noMatch", { link: (chunks) => <Link href="/compliance" className="text-brand-700 underline">{chunks}</Link> });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start gap-3">
        <div className="max-w-2xl space-y-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">
            {t(`intro.${scopeKey[actor.audience as keyof typeof scopeKey]}`)}
          </p>
        </div>
        {!(progress && !progress.failed) && (
          <div className="ml-auto">
            <RunScanButton label={last ? t("scanAgain") : t("run")} />
          </div>
        )}
      </div>

      {progress && !progress.failed && <ScanProgress done={progress.done} total={progress.total} />}
      {progress?.failed && (
        <p role="alert" className="card text-red-700">{t("lastFailed", { error: progress.failed })}</p>
      )}
      {latest?.status === "failed" && !progress && (
        <p role="alert" className="card text-red-700">{t("startedFailed", { date: formatDate(latest.startedAt, locale), error: latest.error ?? "" })}</p>
      )}

      {!last ? (
        !progress && <p className="card text-slate-600">{t("noScan")}</p>
      ) : (
        <>
          <section aria-labelledby="last-run" className="card space-y-1" data-scan-id={last.id}>
            <h2 id="last-run" className="font-semibold">{t("lastResult")}</h2>
            <p className="text-sm">
              {ranText(last)}
            </p>
            {last.newCount !== null && last.fixedCount !== null && (
              <p className="text-sm" data-testid="scan-comparison">
                {t("compared", { new: last.newCount, fixed: last.fixedCount })}
              </p>
            )}
          </section>

          {result.byRule.length > 0 && <CountsByRule byRule={result.byRule} query={query} />}

          <FindingFilters query={query} resellers={result.resellers} showReseller={actor.audience !== "direct-bill"} t={t} />
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <p aria-live="polite">
              {filtered ? t("countFiltered", { count: result.total }) : t("count", { count: result.total })}
            </p>
            {result.total > 0 && (
              <a href={findingListHref({ ...query, page: 1 }, "/compliance/export")} className="ml-auto text-brand-700 underline" download>
                {t("download")}
              </a>
            )}
          </div>
          {result.findings.length === 0 ? (
            <p className="card text-slate-600">
              {filtered ? (
                noMatch
              ) : (
                t("allGood")
              )}
            </p>
          ) : (
            <FindingTable rows={result.findings} />
          )}
          <Pager page={result.page} pageCount={result.pageCount} label={t("pagerLabel")} hrefFor={(page) => findingListHref({ ...query, page })} />
        </>
      )}
    </div>
  );
}

function ruleTitle(ruleId: string, locale: string): string {
  try {
    ruleById(ruleId as RuleId);
    return ruleText(ruleId as RuleId, locale).title;
  } catch {
    return ruleId;
  }
}

async function CountsByRule({ byRule, query }: { byRule: { ruleId: string; findings: number }[]; query: FindingQuery }) {
  const t = await getTranslations("compliance");
  const locale = await getLocale();
  return (
    <section aria-labelledby="by-rule" className="card p-0">
      <h2 id="by-rule" className="px-4 pt-3 font-semibold">{t("byRule")}</h2>
      <ul className="divide-y divide-slate-100 text-sm">
        {byRule.map((row) => (
          <li key={row.ruleId} className="flex flex-wrap items-center gap-2 px-4 py-2">
            <Link href={findingListHref({ ...query, rule: row.ruleId, page: 1 })} className="text-brand-700 hover:underline" aria-current={query.rule === row.ruleId ? "true" : undefined}>
              <span className="font-mono text-xs">{row.ruleId}</span> {ruleTitle(row.ruleId, locale)}
            </Link>
            <span className="ml-auto tabular-nums" data-testid={`count-${row.ruleId}`}>{formatNumber(row.findings, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingFilters({ query, resellers, showReseller, t }: { query: FindingQuery; resellers: { id: string; name: string }[]; showReseller: boolean; t: Translate }) {
  return (
    <form method="get" action="/compliance" className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">{t("filters.rule")}</span>
        <select name="rule" defaultValue={query.rule ?? ""} className="input">
          <option value="">{t("filters.allRules")}</option>
          {/* Every rule, so a rule without findings can be asked for too. */}
          {RULES.map((rule) => (
            <option key={rule.id} value={rule.id}>{rule.id}</option>
          ))}
        </select>
      </label>
      {showReseller && (
        <label className="text-sm">
          <span className="block font-medium">{t("filters.reseller")}</span>
          <select name="reseller" defaultValue={query.reseller ?? ""} className="input">
            <option value="">{t("filters.allResellers")}</option>
            {resellers.map((reseller) => (
              <option key={reseller.id} value={reseller.id}>{reseller.name}</option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="btn-secondary">{t("filters.submit")}</button>
    </form>
  );
}

