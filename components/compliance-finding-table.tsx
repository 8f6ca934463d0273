import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/labels";

/** One finding of the compliance scan as the result page and a reseller's page show it. */
export type ComplianceFindingRow = {
  subscriptionId: string;
  offerName: string;
  customerName: string;
  customerCountry: string;
  billerName: string;
  resellerName: string | null;
  startsOn: string;
  ruleId: string;
  explanation: string;
  remedy: string;
  rulesVersion: string | null;
};

export function FindingTable({ rows, showReseller = true }: { rows: ComplianceFindingRow[]; showReseller?: boolean }) {
  const t = useTranslations("compliance.table");
  const locale = useLocale();
  return (
    <div className="card overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-2">{t("subscription")}</th>
            <th scope="col" className="px-4 py-2">{t("customer")}</th>
            {showReseller && <th scope="col" className="px-4 py-2">{t("reseller")}</th>}
            <th scope="col" className="px-4 py-2">{t("date")}</th>
            <th scope="col" className="px-4 py-2">{t("rule")}</th>
            <th scope="col" className="px-4 py-2">{t("whatWasWrong")}</th>
            <th scope="col" className="px-4 py-2">{t("whatToDo")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.subscriptionId}:${row.ruleId}`} className="border-b border-slate-100 align-top last:border-0">
              <td className="px-4 py-2">{row.offerName}</td>
              <td className="px-4 py-2">{row.customerName} <span className="text-slate-500">({row.customerCountry})</span></td>
              {showReseller && <td className="px-4 py-2">{row.resellerName ?? <span className="text-slate-500">{t("noReseller", { biller: row.billerName })}</span>}</td>}
              <td className="px-4 py-2 whitespace-nowrap">{formatDate(row.startsOn, locale)}</td>
              <td className="px-4 py-2">
                <span className="font-mono text-xs">{row.ruleId}</span>
                {row.rulesVersion && <span className="block text-xs text-slate-500">{t("rulesOf", { version: row.rulesVersion })}</span>}
              </td>
              <td className="px-4 py-2">{row.explanation}</td>
              <td className="px-4 py-2">{row.remedy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
