import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { importColumns, listImportRows, getImport } from "@/lib/data/imports";
import { importIdSchema, importPageSchema } from "@/lib/validation/imports";
import { ImportDetail } from "@/components/import/import-detail";
import { confirmCustomerImportForm } from "../actions";

export const metadata: Metadata = { title: "Customer import" };


export default async function CustomerImportPage({ params, searchParams }: { params: Promise<{ importId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("customer.add");
  const id = importIdSchema.safeParse({ importId: (await params).importId });
  if (!id.success) notFound();
  const { page } = importPageSchema.parse({ page: (await searchParams).page });
  const [view, rows] = await Promise.all([getImport(actor, "customers", id.data.importId), listImportRows(actor, "customers", id.data.importId, page)]);
  if (!view || !rows) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/customers" className="text-brand-700 underline">Customers</Link> / <Link href="/customers/import" className="text-brand-700 underline">Import</Link> / Preview</p>
      <h1 className="text-2xl font-semibold">{view.status === "preview" ? "Check before sending" : "Customer import"}</h1>
      <ImportDetail view={view} rows={rows.rows} page={rows.page} pages={rows.pages} columns={importColumns.customers} kind="customers" confirmAction={confirmCustomerImportForm} />
    </div>
  );
}
