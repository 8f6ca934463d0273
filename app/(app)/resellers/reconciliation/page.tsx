import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { mayManagePartnerCenter, partnerCenterReconciliation, partnerCenterStatus } from "@/lib/data/partner-center";
import { requireActor } from "@/lib/data/require-actor";
import { formatDate } from "@/lib/labels";
import { inviteResellerForm } from "../actions";

export const metadata: Metadata = { title: "Compare with Partner Center" };

const kindLabel = {
  "missing-here": "In Partner Center, not here",
  "stale-here": "Here, not in Partner Center",
  "mpa-differs": "MPA status differs",
  "state-differs": "Relationship state differs",
} as const;

export default async function ReconciliationPage() {
  const actor = await requireActor("reseller.view");
  const [status, reconciliation] = await Promise.all([partnerCenterStatus(actor), partnerCenterReconciliation(actor)]);
  const admin = mayManagePartnerCenter(actor);
  const connection = status.configured ? status.connection : null;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/resellers" className="text-brand-700 underline">Resellers</Link> / Compare with Partner Center
      </p>
      <h1 className="text-2xl font-semibold">Compare with Partner Center</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        Partner Center is the program&apos;s system of record. Each row below is a reseller whose record here differs from Partner
        Center&apos;s, with which side to believe and what to do. Resellers both agree on are not listed.
      </p>
      {connection?.lastSyncError && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {connection.lastSyncError}
          {connection.lastSyncedAt && ` Showing the sync of ${formatDate(connection.lastSyncedAt)}.`}
        </p>
      )}
      {!reconciliation ? (
        <section className="card">
          <h2 className="text-lg font-medium">Nothing to compare yet</h2>
          <p className="mt-1 text-sm text-slate-600">
            {connection ? "The first sync has not finished." : "Partner Center is not connected."}{" "}
            <Link href="/settings/partner-center" className="text-brand-700 underline">Partner Center connection</Link>
          </p>
        </section>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {reconciliation.syncedAt ? `Partner Center as of ${formatDate(reconciliation.syncedAt)}.` : "Not synced yet."}{" "}
            {reconciliation.rows.length === 0
              ? "Everything matches."
              : `${reconciliation.rows.length} ${reconciliation.rows.length === 1 ? "difference" : "differences"}.`}
          </p>
          {reconciliation.rows.length > 0 && (
            <ul className="space-y-3">
              {reconciliation.rows.map((row) => (
                <li key={`${row.kind}-${row.partnerId}`} className="card space-y-2">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="font-medium">
                      {row.name} <span className="text-sm font-normal text-slate-600">Partner ID {row.partnerId}</span>
                    </h2>
                    <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{kindLabel[row.kind]}</span>
                  </div>
                  <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                    <dt className="text-slate-600">Here</dt>
                    <dd>{row.here}</dd>
                    <dt className="text-slate-600">Partner Center</dt>
                    <dd>{row.partnerCenter}</dd>
                    <dt className="text-slate-600">Which is right</dt>
                    <dd>{row.rightSide === "partner-center" ? "Partner Center (the system of record)" : "This app"}</dd>
                  </dl>
                  <p className="text-sm">{row.whatToDo}</p>
                  {row.fix === "invite" && admin && (
                    <ActionButton action={inviteResellerForm} fields={{ partnerId: row.partnerId }} label="Invite it here" pendingLabel="Inviting…" success="Invitation created." secondary />
                  )}
                </li>
              ))}
            </ul>
          )}
          <section aria-labelledby="customers-heading" className="space-y-3">
            <h2 id="customers-heading" className="text-lg font-medium">Customers</h2>
            {reconciliation.customers.length === 0 ? (
              <p className="text-sm text-slate-700">Every customer is linked to the same resellers on both sides.</p>
            ) : (
              <ul className="space-y-3">
                {reconciliation.customers.map((row) => (
                  <li key={row.tenantId} className="card space-y-2">
                    <h3 className="font-medium">
                      {row.name} <span className="text-sm font-normal text-slate-600">tenant {row.tenantId}</span>
                    </h3>
                    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="text-slate-600">Here</dt>
                      <dd>{row.here}</dd>
                      <dt className="text-slate-600">Partner Center</dt>
                      <dd>{row.partnerCenter}</dd>
                      <dt className="text-slate-600">Which is right</dt>
                      <dd>Partner Center (the system of record)</dd>
                    </dl>
                    <p className="text-sm">{row.whatToDo}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
