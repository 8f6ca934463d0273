import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listImports } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/import/parse-csv";
import { formatDateTime } from "@/lib/labels";
import { ImportUploadForm } from "@/components/import/upload-form";
import { uploadResellerImportForm } from "./actions";

export const metadata: Metadata = { title: "Import resellers" };

const statusLabel = { preview: "Preview, not sent", queued: "Waiting to start", running: "Sending", done: "Finished" } as const;

export default async function ImportResellersPage() {
  const actor = await requireActor("reseller.invite");
  const recent = await listImports(actor, "resellers");
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">Resellers</Link> / Import</p>
      <h1 className="text-2xl font-semibold">Import resellers from CSV</h1>
      <section className="card space-y-3" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-lg font-medium">Upload a file</h2>
        <p className="text-sm text-slate-600">
          The columns of Partner Center&rsquo;s indirect-reseller export: <strong>Name</strong>, <strong>Partner ID</strong>, <strong>Country</strong> (a two-letter code) and <strong>Email</strong>; each row needs a country and a Partner ID, an email or both.
          You first see what will happen to every row; nothing is sent until you confirm. Each reseller then gets the same invitation as from{" "}
          <Link href="/resellers/invitations" className="text-brand-700 underline">Invitations</Link>.
        </p>
        <p><a href="/resellers/import/template" download className="text-brand-700 underline">Download the template (CSV)</a></p>
        <ImportUploadForm action={uploadResellerImportForm} previewPath="/resellers/import" maxBytes={IMPORT_MAX_BYTES} maxRows={IMPORT_MAX_ROWS} />
      </section>
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-lg font-medium">Recent imports</h2>
        {recent.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No imports yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {recent.map((item) => (
              <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/resellers/import/${item.id}`} className="text-brand-700 underline break-all">{item.fileName}</Link>
                <span className="text-slate-600">{item.rowCount.toLocaleString("en")} rows · {statusLabel[item.status]} · {formatDateTime(item.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
