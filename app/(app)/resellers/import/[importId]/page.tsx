import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { importColumns, listImportRows, getImport } from "@/lib/data/imports";
import { importIdSchema, importPageSchema } from "@/lib/validation/imports";
import { ImportDetail } from "@/components/import/import-detail";
import { confirmResellerImportForm } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers.import");
  return { title: t("detailTitle") };
}


export default async function ResellerImportPage({ params, searchParams }: { params: Promise<{ importId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("reseller.invite");
  const id = importIdSchema.safeParse({ importId: (await params).importId });
  if (!id.success) notFound();
  const { page } = importPageSchema.parse({ page: (await searchParams).page });
  const [view, rows] = await Promise.all([getImport(actor, "resellers", id.data.importId), listImportRows(actor, "resellers", id.data.importId, page)]);
  if (!view || !rows) notFound();
  const t = await getTranslations("resellers.import");
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">{t("breadcrumb")}</Link> / <Link href="/resellers/import" className="text-brand-700 underline">{t("breadcrumbHere")}</Link> / {t("preview")}</p>
      <h1 className="text-2xl font-semibold">{view.status === "preview" ? t("checkBeforeSending") : t("detailTitle")}</h1>
      <ImportDetail view={view} rows={rows.rows} page={rows.page} pages={rows.pages} columns={importColumns.resellers} kind="resellers" confirmAction={confirmResellerImportForm} />
    </div>
  );
}
