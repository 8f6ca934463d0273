import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { mayManagePartnerCenter, partnerCenterStatus } from "@/lib/data/partner-center";
import { requireActor } from "@/lib/data/require-actor";
import { formatDate } from "@/lib/labels";
import { disconnectForm, syncNowForm } from "./actions";
import { ConnectButton } from "./connect-button";

export const metadata: Metadata = { title: "Partner Center connection" };

export default async function PartnerCenterSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("reseller.view");
  const status = await partnerCenterStatus(actor);
  const params = await searchParams;
  const admin = mayManagePartnerCenter(actor);
  const dateTime = (at: Date) => `${formatDate(at)} ${at.toISOString().slice(11, 16)} UTC`;

  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> / Partner Center
      </p>
      <h1 className="text-2xl font-semibold">Partner Center connection</h1>
      <p className="text-sm text-slate-600">
        Partner Center is the program&apos;s system of record. Connected, this app reads your indirect resellers, their MPA status and your
        customers from it on a schedule, shows where its own records differ, and answers &ldquo;Verify MPA&rdquo; from it.
      </p>
      {typeof params.connected === "string" && <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-800">Connected. The first sync has started.</p>}
      {typeof params.error === "string" && <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{params.error}</p>}

      {!status.configured ? (
        <section className="card">
          <h2 className="text-lg font-medium">Not available on this server</h2>
          <p className="mt-1 text-sm text-slate-600">
            The server has no Partner Center address configured (PARTNER_CENTER_URL). In development, start the simulator with{" "}
            <code>npm run pc:simulator</code> and set <code>PARTNER_CENTER_URL=http://127.0.0.1:4600</code>.
          </p>
        </section>
      ) : !status.connection ? (
        <section className="card space-y-3">
          <h2 className="text-lg font-medium">Not connected</h2>
          <p className="text-sm text-slate-600">
            {status.mode === "simulator"
              ? "This server talks to the Partner Center simulator (development)."
              : "You sign in with a Partner Center account of your organization (multi-factor sign-in is required by Microsoft)."}
          </p>
          {admin ? <ConnectButton label="Connect Partner Center" /> : <p className="text-sm">Ask an admin of your organization to connect it.</p>}
        </section>
      ) : (
        <section className="card space-y-3" aria-labelledby="connection-heading">
          <h2 id="connection-heading" className="text-lg font-medium">
            {status.connection.status === "connected" ? "Connected" : "Reconnect needed"}
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">Account</dt>
            <dd className="min-w-0 break-all">{status.connection.account}</dd>
            <dt className="text-slate-600">Connected on</dt>
            <dd>{formatDate(status.connection.connectedAt)}</dd>
            <dt className="text-slate-600">Last synced</dt>
            <dd>{status.connection.lastSyncedAt ? dateTime(status.connection.lastSyncedAt) : "Not yet"}</dd>
          </dl>
          {status.connection.syncWaiting && (
            <p role="status" className="text-sm text-slate-700">
              Syncing
              {status.connection.progress ? `: ${status.connection.progress.done} of ${status.connection.progress.total} steps` : "…"}{" "}
              <Link href="/settings/partner-center" className="text-brand-700 underline">Refresh</Link>
            </p>
          )}
          {status.connection.lastSyncError && (
            <p role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
              {status.connection.lastSyncError}
              {status.connection.status === "connected" &&
                (status.connection.lastSyncedAt ? ` Showing what was synced at ${dateTime(status.connection.lastSyncedAt)}; retrying.` : " Retrying.")}
            </p>
          )}
          <p className="text-sm">
            <Link href="/resellers/reconciliation" className="text-brand-700 underline">Compare with Partner Center</Link>
          </p>
          {admin && (
            <div className="flex flex-wrap gap-3">
              {status.connection.status === "connected" ? (
                <ActionButton action={syncNowForm} label="Sync now" pendingLabel="Asking…" success="Sync queued." secondary />
              ) : (
                <ConnectButton label="Reconnect Partner Center" />
              )}
              <ConfirmAction
                action={disconnectForm}
                fields={{}}
                label="Disconnect"
                question="Disconnect Partner Center?"
                description="The stored sign-in is deleted; what earlier syncs recorded stays."
                confirmLabel="Yes, disconnect"
                pendingLabel="Disconnecting…"
                success="Disconnected."
              />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
