// Optional facts that the program's later versions read (reseller revenue, months as a reseller, assessment).
// Folded away: the article's rules do not need them, and a blank one is reported as missing, never taken as met.
import { NO_LATER_ANSWERS, type LaterAnswers } from "@/lib/checker/scenario";
import { DateField } from "./fields";

function AmountField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} type="number" inputMode="numeric" min={0} step={1} value={value} onChange={(event) => onChange(event.target.value)} className="input mt-1" />
    </div>
  );
}

export function LaterFactsFields({
  id,
  who,
  answers,
  onChange,
}: {
  id: string;
  who: "Your" | "Their";
  answers: LaterAnswers | undefined;
  onChange: (answers: LaterAnswers) => void;
}) {
  const later = answers ?? NO_LATER_ANSWERS;
  const set = (key: keyof LaterAnswers, value: string) => onChange({ ...later, [key]: value });
  return (
    <details className="rounded-md border border-slate-200 p-3" open={answers !== undefined && Object.values(answers).some((value) => value !== "")}>
      <summary className="cursor-pointer text-sm font-medium">Facts for the program&apos;s later versions (optional)</summary>
      <p className="mt-2 text-xs text-slate-600">Leave a fact blank when you do not know it: the check then names it instead of assuming it is met.</p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <DateField id={`${id}-reseller-since`} label={`${who} start as an indirect reseller`} value={later.resellerSince} onChange={(value) => set("resellerSince", value)} />
        <AmountField id={`${id}-anniversary-revenue`} label={`${who} CSP revenue (USD), 12 months before the last anniversary`} value={later.anniversaryRevenueUsd} onChange={(value) => set("anniversaryRevenueUsd", value)} />
        <AmountField id={`${id}-trailing-revenue`} label={`${who} CSP revenue as a reseller (USD), last 12 months`} value={later.trailingRevenueUsd} onChange={(value) => set("trailingRevenueUsd", value)} />
        <DateField id={`${id}-assessed-on`} label={`${who} last passed third-party assessment`} value={later.assessedOn} onChange={(value) => set("assessedOn", value)} />
      </div>
    </details>
  );
}
