"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { verifyPartnerIds } from "../actions";
import { numberedPartnerIdLines, toCsv } from "@/lib/csv";
import { collapseDuplicates, listedLines } from "@/lib/verify-results";
import { VERIFY_CHUNK_SIZE, VERIFY_MAX_LINES } from "@/lib/validation/resellers";
import type { VerifiedLine, VerifySource } from "@/lib/data/verify-mpa";
import { describeMpaCheck, RULES, ruleText, type MpaCheckResult } from "@/lib/rules";
import { Label } from "@/components/ui/field";

type Progress = { done: number; total: number } | null;

/** A line as the table and the CSV show it: at its line in the pasted text, with the check worded in the page's language. */
type ShownLine =
  | { line: number; input: string; ok: false; error: string }
  | { line: number; input: string; ok: true; partnerId: string; name?: string; source?: VerifySource; result: MpaCheckResult };

const statusKey = {
  "unknown-partner-id": "unknownPartnerId",
  "other-region": "otherRegion",
  "not-onboarded": "notOnboarded",
  "not-enrolled": "notEnrolled",
  "mpa-not-accepted": "mpaNotAccepted",
  "relationship-not-active": "relationshipNotActive",
  "mpa-accepted": "mpaAccepted",
} as const;
type Translate = ReturnType<typeof useTranslations<"resellers.verify.form">>;

/** Sends the lines in chunks of 500 (one set-based query each) so a 5,000-line file shows progress and stays small per request. */
export function VerifyForm() {
  const t = useTranslations("resellers.verify.form");
  const locale = useLocale();
  const statusLabel = (status: keyof typeof statusKey) => t(`status.${statusKey[status]}`);
  const [text, setText] = useState("");
  const [lineResults, setResults] = useState<ShownLine[]>([]);
  // One row per Partner ID, however often it was listed.
  const results = collapseDuplicates(lineResults);
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const running = progress !== null && progress.done < progress.total;

  async function run() {
    const entries = numberedPartnerIdLines(text);
    const lines = entries.map((entry) => entry.input);
    setResults([]);
    setError(null);
    if (lines.length === 0) return setError(t("none"));
    if (lines.length > VERIFY_MAX_LINES) return setError(t("tooMany", { max: VERIFY_MAX_LINES, count: lines.length }));
    setProgress({ done: 0, total: lines.length });
    const collected: ShownLine[] = [];
    for (let start = 0; start < lines.length; start += VERIFY_CHUNK_SIZE) {
      const chunk = lines.slice(start, start + VERIFY_CHUNK_SIZE);
      const answer = await verifyPartnerIds({ lines: chunk, firstLine: start + 1 });
      if (!answer.ok) {
        setError(t("stopped", { count: start, error: answer.error }));
        setProgress(null);
        break;
      }
      // The server numbers the non-blank lines it got; show each result at its line in the text as pasted.
      collected.push(...answer.data.map((row, index) => shown(row, entries[row.line - 1]?.line ?? row.line, chunk[index] ?? "", locale)));
      setResults([...collected]);
      setProgress({ done: Math.min(lines.length, start + chunk.length), total: lines.length });
    }
  }

  function download() {
    const csv = toCsv(
      [t("csv.line"), t("csv.input"), t("csv.partnerId"), t("csv.reseller"), t("csv.result"), t("csv.code"), t("csv.rule"), t("csv.acceptedOn"), t("csv.explanation"), t("csv.listed"), t("csv.answeredBy")],
      results.map((row) =>
        row.ok
          ? [row.lines.join(" "), row.input, row.partnerId, row.name ?? "", statusLabel(row.result.status), row.result.code ?? "", row.result.ruleId, row.result.acceptedOn ?? "", row.result.explanation, row.lines.length, answeredBy(row.source, t, locale)]
          : [row.line, row.input, "", "", t("malformed"), "", "", "", row.error, 1, ""],
      ),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "mpa-verification.csv";
    link.click();
    URL.revokeObjectURL(url);
  }

  const summary = summarize(results, t);
  return (
    <div className="space-y-4">
      <div className="card space-y-3">
        <Label htmlFor="partner-ids">{t("label")}</Label>
        <textarea id="partner-ids" rows={6} value={text} onChange={(event) => setText(event.target.value)} className="input font-mono" aria-describedby="partner-ids-hint" />
        <p id="partner-ids-hint" className="text-xs text-slate-600">{t("hint", { max: VERIFY_MAX_LINES })}</p>
        <div>
          <Label htmlFor="partner-ids-file">{t("upload")}</Label>
          <input
            id="partner-ids-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="mt-1 text-sm"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              if (file) setText(await file.text());
            }}
          />
        </div>
        <button type="button" className="btn-primary" onClick={run} disabled={running}>
          {running ? t("verifying") : t("verify")}
        </button>
        {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
        {progress && (
          <div>
            <label htmlFor="verify-progress" className="block text-sm">
              {t("progress", { done: progress.done, total: progress.total })}
            </label>
            <progress id="verify-progress" max={progress.total} value={progress.done} className="w-full" />
          </div>
        )}
      </div>
      {results.length > 0 && (
        <section className="card p-0" aria-labelledby="results-heading">
          <div className="flex flex-wrap items-center gap-3 px-6 pt-6">
            <h2 id="results-heading" className="text-lg font-medium">{t("results")}</h2>
            <p className="text-sm text-slate-600">{summary}</p>
            <button type="button" onClick={download} className="btn-secondary ml-auto">{t("download")}</button>
          </div>
          <div className="max-h-[32rem] overflow-auto">
            <table className="mt-4 w-full text-left text-sm">
              <thead className="sticky top-0 border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">{t("csv.line")}</th>
                  <th scope="col" className="px-4 py-2">{t("csv.partnerId")}</th>
                  <th scope="col" className="px-4 py-2">{t("csv.result")}</th>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">{t("csv.code")}</th>
                  <th scope="col" className="px-4 py-2">{t("csv.explanation")}</th>
                </tr>
              </thead>
              <tbody>
                {results.map((row) => (
                  <tr key={row.line} className="border-b border-slate-100 last:border-0">
                    <td className="hidden px-4 py-2 tabular-nums sm:table-cell">{row.line}</td>
                    <th scope="row" className="px-4 py-2 font-normal">
                      <span className="font-mono break-all">{row.input}</span>
                      <span className="block text-xs text-slate-600 sm:hidden">
                        {row.ok && row.result.code ? t("lineCode", { line: row.line, code: row.result.code }) : t("lineOnly", { line: row.line })}
                      </span>
                      {row.ok && row.name && <span className="block text-xs text-slate-700">{row.name}</span>}
                      {row.lines.length > 1 && <span className="block text-xs text-amber-800">{t("listed", { count: row.lines.length, lines: listedLines(row.lines, locale) })}</span>}
                    </th>
                    <td className={`px-4 py-2 ${row.ok && row.result.ok ? "text-green-800" : "text-red-800"}`}>
                      {row.ok ? statusLabel(row.result.status) : t("malformed")}
                    </td>
                    <td className="hidden px-4 py-2 tabular-nums sm:table-cell">{row.ok ? (row.result.code ?? "—") : "—"}</td>
                    <td className="px-4 py-2">
                      {row.ok ? <><a href={`/rules#${row.result.ruleId}`} className="text-brand-700 underline">{ruleTitle(row.result.ruleId, locale)}</a>: {row.result.explanation}</> : row.error}
                      {row.ok && row.source && <span className="block text-xs text-slate-600">{answeredBy(row.source, t, locale)}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function ruleTitle(id: string, locale: Locale): string {
  const rule = RULES.find((candidate) => candidate.id === id);
  return rule ? ruleText(rule.id, locale).title : id;
}

/** The server sends each check without words (a chunk has 500); they are worded here, once per chunk. */
function shown(row: VerifiedLine, line: number, input: string, locale: Locale): ShownLine {
  if (!row.ok) return { line, input: input.trim(), ok: false, error: row.error };
  const { partnerId, name, source, ...check } = row;
  return { line, input: input.trim(), ok: true, partnerId, ...(name && { name }), ...(source && { source }), result: describeMpaCheck(partnerId, check, locale) };
}

function summarize(results: ShownLine[], t: Translate): string {
  const ready = results.filter((row) => row.ok && row.result.ok).length;
  const malformed = results.filter((row) => !row.ok).length;
  return t("summary", { ready, blocked: results.length - ready - malformed, malformed });
}

/** Says who answered a line, with the time Partner Center was asked. */
function answeredBy(source: VerifySource | undefined, t: Translate, locale: Locale): string {
  if (!source) return t("ourRecords");
  if (source.system === "partner-center") return t("partnerCenterChecked", { at: formatDateTime(source.checkedAt, locale) });
  const failed = source.partnerCenterFailed;
  if (!failed) return t("ourRecords");
  return failed.reason === null ? t("partnerCenterUnreachable") : t("partnerCenterDidNotAnswer", { reason: failed.reason });
}
