// Optional facts that the program's later versions read (reseller revenue, months as a reseller, assessment).
// Folded away: the article's rules do not need them, and a blank one is reported as missing, never taken as met.
import { useTranslations } from "next-intl";
import { NO_LATER_ANSWERS, type LaterAnswers } from "@/lib/checker/scenario";
import { DateField, settersOf } from "./fields";
import { Label } from "@/components/ui/field";

function AmountField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <input id={id} type="number" inputMode="numeric" min={0} step={1} value={value} onChange={(event) => onChange(event.target.value)} className="input mt-1" />
    </div>
  );
}

export function LaterFactsFields({
  id,
  side,
  answers,
  onChange,
}: {
  id: string;
  side: "mine" | "theirs";
  answers: LaterAnswers | undefined;
  onChange: (answers: LaterAnswers) => void;
}) {
  const t = useTranslations("check.later");
  const mine = side === "mine";
  const later = answers ?? NO_LATER_ANSWERS;
  const change = settersOf<LaterAnswers>((key, value: string) => onChange({ ...later, [key]: value }));
  return (
    <details className="rounded-md border border-slate-200 p-3" open={answers !== undefined && Object.values(answers).some((value) => value !== "")}>
      <summary className="cursor-pointer text-sm font-medium">{t("summary")}</summary>
      <p className="mt-2 text-xs text-slate-600">{t("hint")}</p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <DateField id={`${id}-reseller-since`} label={mine ? t("yourResellerSince") : t("theirResellerSince")} value={later.resellerSince} onChange={change.resellerSince} />
        <AmountField id={`${id}-anniversary-revenue`} label={mine ? t("yourAnniversaryRevenue") : t("theirAnniversaryRevenue")} value={later.anniversaryRevenueUsd} onChange={change.anniversaryRevenueUsd} />
        <AmountField id={`${id}-trailing-revenue`} label={mine ? t("yourTrailingRevenue") : t("theirTrailingRevenue")} value={later.trailingRevenueUsd} onChange={change.trailingRevenueUsd} />
        <DateField id={`${id}-assessed-on`} label={mine ? t("yourAssessedOn") : t("theirAssessedOn")} value={later.assessedOn} onChange={change.assessedOn} />
      </div>
    </details>
  );
}
