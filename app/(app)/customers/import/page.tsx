import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listImports } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/import/parse-csv";
import { formatDateTime } from "@/lib/labels";
import { ImportUploadForm } from "@/components/import/upload-form";
import { uploadCustomerImportForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers.import");
  return { title: t("title") };
}

export default async function ImportCustomersPage() {
  const actor = await requireActor("customer.add");
  const recent = await listImports(actor, "customers");
  const [t, locale] = await Promise.all([getTranslations("customers.import"), getLocale()]);
  const breadcrumb = t.rich("breadcrumb", { customers: (chunks) => <Link href="/customers" className="text-brand-700 underline">{chunks}</Link> });
  const explain = t.rich("explain", { strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <div className="space-y-6">
      <p className="text-sm">{breadcrumb}</p>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <section className="card space-y-3" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-lg font-medium">{t("uploadHeading")}</h2>
        <p className="text-sm text-slate-600">
          {explain}
        </p>
        <p><a href="/customers/import/template" download className="text-brand-700 underline">{t("template")}</a></p>
        <ImportUploadForm action={uploadCustomerImportForm} previewPath="/customers/import" maxBytes={IMPORT_MAX_BYTES} maxRows={IMPORT_MAX_ROWS} />
      </section>
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-lg font-medium">{t("recentHeading")}</h2>
        {recent.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {recent.map((item) => (
              <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/customers/import/${item.id}`} className="text-brand-700 underline break-all">{item.fileName}</Link>
                <span className="text-slate-600">{t("recentLine", { rows: item.rowCount, status: t(`status.${item.status}`), date: formatDateTime(item.createdAt, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
