import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listImports } from "@/lib/data/imports";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/import/parse-csv";
import { formatDateTime } from "@/lib/labels";
import { ImportUploadForm } from "@/components/import/upload-form";
import { uploadResellerImportForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers.import");
  return { title: t("metaTitle") };
}

/** Where the previews of this import live (a path, not words). */
const PREVIEW_PATH = "/resellers/import";

export default async function ImportResellersPage() {
  const actor = await requireActor("reseller.invite");
  const recent = await listImports(actor, "resellers");
  const t = await getTranslations("resellers.import");
  const tImport = await getTranslations("import");
  const locale = await getLocale();
  const intro = t.rich("intro", {
    name: tImport("columns.name"),
    partnerId: tImport("columns.partnerId"),
    country: tImport("columns.country"),
    email: tImport("columns.email"),
    strong: (chunks) => <strong>{chunks}</strong>,
    link: (chunks) => <Link href="/resellers/invitations" className="text-brand-700 underline">{chunks}</Link>,
  });
  const statusText = (status: (typeof recent)[number]["status"]) => tImport(`status.${status}`);
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">{t("breadcrumb")}</Link> / {t("breadcrumbHere")}</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section className="card space-y-3" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-lg font-medium">{t("uploadHeading")}</h2>
        <p className="text-sm text-slate-600">
          {intro}
        </p>
        <p><a href="/resellers/import/template" download className="text-brand-700 underline">{t("template")}</a></p>
        <ImportUploadForm action={uploadResellerImportForm} previewPath={PREVIEW_PATH} maxBytes={IMPORT_MAX_BYTES} maxRows={IMPORT_MAX_ROWS} />
      </section>
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-lg font-medium">{t("recent")}</h2>
        {recent.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {recent.map((item) => (
              <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/resellers/import/${item.id}`} className="text-brand-700 underline break-all">{item.fileName}</Link>
                <span className="text-slate-600">{t("recentLine", { count: item.rowCount, status: statusText(item.status), at: formatDateTime(item.createdAt, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
