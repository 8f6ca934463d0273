"use client";

import { useState } from "react";
import { verifyPartnerIds } from "../actions";
import { numberedPartnerIdLines, toCsv } from "@/lib/csv";
import { collapseDuplicates, listedTimes } from "@/lib/verify-results";
import { VERIFY_CHUNK_SIZE, VERIFY_MAX_LINES } from "@/lib/validation/resellers";
import type { VerifyLineResult, VerifySource } from "@/lib/data/verify-mpa";
import { RULES } from "@/lib/rules";
import { Label } from "@/components/ui/field";

type Progress = { done: number; total: number } | null;

const statusLabel: Record<string, string> = {
  "unknown-partner-id": "Unknown Partner ID",
  "other-region": "Other region",
  "not-onboarded": "Not onboarded",
  "not-enrolled": "Not enrolled as indirect reseller",
  "mpa-not-accepted": "MPA not accepted",
  "relationship-not-active": "Relationship not active",
  "mpa-accepted": "Ready: MPA accepted",
};

/** Sends the lines in chunks of 500 (one set-based query each) so a 5,000-line file shows progress and stays small per request. */
export function VerifyForm() {
  const [text, setText] = useState("");
  const [lineResults, setResults] = useState<VerifyLineResult[]>([]);
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
    if (lines.length === 0) return setError("Enter or upload at least one Partner ID.");
    if (lines.length > VERIFY_MAX_LINES) return setError(`At most ${VERIFY_MAX_LINES.toLocaleString("en")} Partner IDs at once; this has ${lines.length.toLocaleString("en")}.`);
    setProgress({ done: 0, total: lines.length });
    const collected: VerifyLineResult[] = [];
    for (let start = 0; start < lines.length; start += VERIFY_CHUNK_SIZE) {
      const chunk = lines.slice(start, start + VERIFY_CHUNK_SIZE);
      const answer = await verifyPartnerIds({ lines: chunk, firstLine: start + 1 });
      if (!answer.ok) {
        setError(`Stopped after ${start.toLocaleString("en")} lines: ${answer.error}`);
        setProgress(null);
        break;
      }
      // The server numbers the non-blank lines it got; show each result at its line in the text as pasted.
      collected.push(...answer.data.map((row) => ({ ...row, line: entries[row.line - 1]?.line ?? row.line })));
      setResults([...collected]);
      setProgress({ done: Math.min(lines.length, start + chunk.length), total: lines.length });
    }
  }

  function download() {
    const csv = toCsv(
      ["Line", "Input", "Partner ID", "Reseller", "Result", "Partner Center code", "Rule", "MPA accepted on", "Explanation", "Listed", "Answered by"],
      results.map((row) =>
        row.ok
          ? [row.lines.join(" "), row.input, row.partnerId, row.name ?? "", statusLabel[row.result.status], row.result.code ?? "", row.result.ruleId, row.result.acceptedOn ?? "", row.result.explanation, row.lines.length, answeredBy(row.source)]
          : [row.line, row.input, "", "", "Malformed", "", "", "", row.error, 1, ""],
      ),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "mpa-verification.csv";
    link.click();
    URL.revokeObjectURL(url);
  }

  const summary = summarize(results);
  return (
    <div className="space-y-4">
      <div className="card space-y-3">
        <Label htmlFor="partner-ids">Partner IDs, one per line (or the first column of a CSV)</Label>
        <textarea id="partner-ids" rows={6} value={text} onChange={(event) => setText(event.target.value)} className="input font-mono" aria-describedby="partner-ids-hint" />
        <p id="partner-ids-hint" className="text-xs text-slate-600">Up to {VERIFY_MAX_LINES.toLocaleString("en")} at once. Malformed lines are reported one by one and do not stop the rest.</p>
        <div>
          <Label htmlFor="partner-ids-file">Or upload a CSV file</Label>
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
          {running ? "Verifying…" : "Verify"}
        </button>
        {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
        {progress && (
          <div>
            <label htmlFor="verify-progress" className="block text-sm">
              Checked {progress.done.toLocaleString("en")} of {progress.total.toLocaleString("en")}
            </label>
            <progress id="verify-progress" max={progress.total} value={progress.done} className="w-full" />
          </div>
        )}
      </div>
      {results.length > 0 && (
        <section className="card p-0" aria-labelledby="results-heading">
          <div className="flex flex-wrap items-center gap-3 px-6 pt-6">
            <h2 id="results-heading" className="text-lg font-medium">Results</h2>
            <p className="text-sm text-slate-600">{summary}</p>
            <button type="button" onClick={download} className="btn-secondary ml-auto">Download results as CSV</button>
          </div>
          <div className="max-h-[32rem] overflow-auto">
            <table className="mt-4 w-full text-left text-sm">
              <thead className="sticky top-0 border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">Line</th>
                  <th scope="col" className="px-4 py-2">Partner ID</th>
                  <th scope="col" className="px-4 py-2">Result</th>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">Partner Center code</th>
                  <th scope="col" className="px-4 py-2">Explanation</th>
                </tr>
              </thead>
              <tbody>
                {results.map((row) => (
                  <tr key={row.line} className="border-b border-slate-100 last:border-0">
                    <td className="hidden px-4 py-2 tabular-nums sm:table-cell">{row.line}</td>
                    <th scope="row" className="px-4 py-2 font-normal">
                      <span className="font-mono break-all">{row.input}</span>
                      <span className="block text-xs text-slate-600 sm:hidden">
                        line {row.line}
                        {row.ok && row.result.code ? ` · code ${row.result.code}` : ""}
                      </span>
                      {row.ok && row.name && <span className="block text-xs text-slate-700">{row.name}</span>}
                      {row.lines.length > 1 && <span className="block text-xs text-amber-800">{listedTimes(row.lines)}</span>}
                    </th>
                    <td className={`px-4 py-2 ${row.ok && row.result.ok ? "text-green-800" : "text-red-800"}`}>
                      {row.ok ? statusLabel[row.result.status] : "Malformed"}
                    </td>
                    <td className="hidden px-4 py-2 tabular-nums sm:table-cell">{row.ok ? (row.result.code ?? "—") : "—"}</td>
                    <td className="px-4 py-2">
                      {row.ok ? <><a href={`/rules#${row.result.ruleId}`} className="text-brand-700 underline">{ruleTitle(row.result.ruleId)}</a>: {row.result.explanation}</> : row.error}
                      {row.ok && row.source && <span className="block text-xs text-slate-600">{answeredBy(row.source)}</span>}
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

function ruleTitle(id: string): string {
  return RULES.find((rule) => rule.id === id)?.title ?? id;
}

function summarize(results: VerifyLineResult[]): string {
  const ready = results.filter((row) => row.ok && row.result.ok).length;
  const malformed = results.filter((row) => !row.ok).length;
  return `${ready.toLocaleString("en")} ready, ${(results.length - ready - malformed).toLocaleString("en")} blocked, ${malformed.toLocaleString("en")} malformed`;
}

/** Says who answered a line, with the time Partner Center was asked. */
function answeredBy(source: VerifySource | undefined): string {
  if (!source) return "This app's records";
  if (source.system === "partner-center") return `Partner Center, checked ${source.checkedAt.slice(0, 16).replace("T", " ")} UTC`;
  return source.note ?? "This app's records";
}
