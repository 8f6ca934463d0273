import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { importColumns, listImportRows, getImport } from "@/lib/data/imports";
import { importIdSchema, importPageSchema } from "@/lib/validation/imports";
import { ImportDetail } from "@/components/import/import-detail";
import { confirmCustomerImportForm } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers.import");
  return { title: t("detailTitle") };
}

export default async function CustomerImportPage({ params, searchParams }: { params: Promise<{ importId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("customer.add");
  const id = importIdSchema.safeParse({ importId: (await params).importId });
  if (!id.success) notFound();
  const { page } = importPageSchema.parse({ page: (await searchParams).page });
  const [view, rows] = await Promise.all([getImport(actor, "customers", id.data.importId), listImportRows(actor, "customers", id.data.importId, page)]);
  if (!view || !rows) notFound();
  const t = await getTranslations("customers.import");
  const breadcrumb = t.rich("previewBreadcrumb", {
    customers: (chunks) => <Link href="/customers" className="text-brand-700 underline">{chunks}</Link>,
    import: (chunks) => <Link href="/customers/import" className="text-brand-700 underline">{chunks}</Link>,
  });
  return (
    <div className="space-y-6">
      <p className="text-sm">{breadcrumb}</p>
      <h1 className="text-2xl font-semibold">{view.status === "preview" ? t("checkBeforeSending") : t("detailTitle")}</h1>
      <ImportDetail view={view} rows={rows.rows} page={rows.page} pages={rows.pages} columns={importColumns.customers} kind="customers" confirmAction={confirmCustomerImportForm} />
    </div>
  );
}
