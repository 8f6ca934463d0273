import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/labels";
import type { Actor } from "@/lib/data/actor";
import { findingsForReseller } from "@/lib/data/compliance-scan";
import { FindingTable } from "@/components/compliance-finding-table";

/** This reseller's subscriptions that broke a rule on their date, from the provider's last compliance scan. */
export async function ResellerComplianceFindings({ actor, resellerId }: { actor: Actor; resellerId: string }) {
  const found = await findingsForReseller(actor, resellerId);
  const t = await getTranslations("resellers.complianceFindings");
  const locale = await getLocale();
  const noScan = t.rich("noScan", { link: (chunks) => <Link href="/compliance" className="text-brand-700 underline">{chunks}</Link> });
  return (
    <section aria-labelledby="compliance-findings" className="space-y-2">
      <h2 id="compliance-findings" className="text-lg font-semibold">{t("heading")}</h2>
      {!found ? (
        <p className="text-sm text-slate-600">
          {noScan}
        </p>
      ) : found.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none", { date: found.scan.finishedAt ? formatDate(found.scan.finishedAt, locale) : "" })}</p>
      ) : (
        <>
          <FindingTable rows={found.rows} showReseller={false} />
          <p className="text-sm">
            <Link href={`/compliance?reseller=${resellerId}`} className="text-brand-700 underline">{t("all")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
