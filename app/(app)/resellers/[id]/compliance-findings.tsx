import Link from "next/link";
import type { Actor } from "@/lib/data/actor";
import { findingsForReseller } from "@/lib/data/compliance-scan";
import { FindingTable } from "@/components/compliance-finding-table";

/** This reseller's subscriptions that broke a rule on their date, from the provider's last compliance scan. */
export async function ResellerComplianceFindings({ actor, resellerId }: { actor: Actor; resellerId: string }) {
  const found = await findingsForReseller(actor, resellerId);
  return (
    <section aria-labelledby="compliance-findings" className="space-y-2">
      <h2 id="compliance-findings" className="text-lg font-semibold">Compliance findings</h2>
      {!found ? (
        <p className="text-sm text-slate-600">
          No compliance scan has run yet. <Link href="/compliance" className="text-brand-700 underline">Run one</Link> to re-check every subscription against the rules of its date.
        </p>
      ) : found.rows.length === 0 ? (
        <p className="text-sm text-slate-600">None: in the scan of {found.scan.finishedAt?.toISOString().slice(0, 10)}, every subscription with this reseller of record followed the rules of its date.</p>
      ) : (
        <>
          <FindingTable rows={found.rows} showReseller={false} />
          <p className="text-sm">
            <Link href={`/compliance?reseller=${resellerId}`} className="text-brand-700 underline">All of this reseller&apos;s findings</Link>
          </p>
        </>
      )}
    </section>
  );
}
