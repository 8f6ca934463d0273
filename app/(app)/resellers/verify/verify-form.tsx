"use client";

import { useState } from "react";
import { verifyPartnerIds } from "../actions";
import { partnerIdLines, toCsv } from "@/lib/csv";
import { VERIFY_CHUNK_SIZE, VERIFY_MAX_LINES } from "@/lib/validation/resellers";
import type { VerifyLineResult, VerifySource } from "@/lib/data/verify-mpa";

type Progress = { done: number; total: number } | null;

const statusLabel: Record<string, string> = {
  "unknown-partner-id": "Unknown Partner ID",
  "other-region": "Other region",
  "not-onboarded": "Not onboarded",
  "not-enrolled": "Not enrolled as indirect reseller",
  "mpa-not-accepted": "MPA not accepted",
  "mpa-accepted": "MPA accepted",
};

/** Sends the lines in chunks of 500 (one set-based query each) so a 5,000-line file shows progress and stays small per request. */
export function VerifyForm() {
  const [text, setText] = useState("");
  const [results, setResults] = useState<VerifyLineResult[]>([]);
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const running = progress !== null && progress.done < progress.total;

  async function run() {
    const lines = partnerIdLines(text);
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
      collected.push(...answer.data);
      setResults([...collected]);
      setProgress({ done: Math.min(lines.length, start + chunk.length), total: lines.length });
    }
  }

  function download() {
    const csv = toCsv(
      ["Line", "Input", "Partner ID", "Result", "Partner Center code", "Rule", "MPA accepted on", "Explanation", "Answered by"],
      results.map((row) =>
        row.ok
          ? [row.line, row.input, row.partnerId, statusLabel[row.result.status], row.result.code ?? "", row.result.ruleId, row.result.acceptedOn ?? "", row.result.explanation, answeredBy(row.source)]
          : [row.line, row.input, "", "Malformed", "", "", "", row.error, ""],
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
        <label htmlFor="partner-ids" className="block text-sm font-medium">Partner IDs, one per line (or the first column of a CSV)</label>
        <textarea id="partner-ids" rows={6} value={text} onChange={(event) => setText(event.target.value)} className="input font-mono" aria-describedby="partner-ids-hint" />
        <p id="partner-ids-hint" className="text-xs text-slate-600">Up to {VERIFY_MAX_LINES.toLocaleString("en")} at once. Malformed lines are reported one by one and do not stop the rest.</p>
        <div>
          <label htmlFor="partner-ids-file" className="block text-sm font-medium">Or upload a CSV file</label>
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
                  <th scope="col" className="px-4 py-2">Line</th>
                  <th scope="col" className="px-4 py-2">Partner ID</th>
                  <th scope="col" className="px-4 py-2">Result</th>
                  <th scope="col" className="px-4 py-2">Partner Center code</th>
                  <th scope="col" className="px-4 py-2">Explanation</th>
                </tr>
              </thead>
              <tbody>
                {results.map((row) => (
                  <tr key={row.line} className="border-b border-slate-100 last:border-0">
                    <td className="px-4 py-2 tabular-nums">{row.line}</td>
                    <th scope="row" className="px-4 py-2 font-mono font-normal">{row.input}</th>
                    <td className={`px-4 py-2 ${row.ok && row.result.ok ? "text-green-800" : "text-red-800"}`}>
                      {row.ok ? statusLabel[row.result.status] : "Malformed"}
                    </td>
                    <td className="px-4 py-2 tabular-nums">{row.ok ? (row.result.code ?? "—") : "—"}</td>
                    <td className="px-4 py-2">
                      {row.ok ? <><span className="font-mono text-xs">{row.result.ruleId}</span> {row.result.explanation}</> : row.error}
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
