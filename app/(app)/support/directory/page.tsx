import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/format";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { searchDirectory } from "@/lib/data/partner-directory";
import { partnerTypeLabel } from "@/lib/labels";
import { Pager } from "@/components/ui/pager";
import { searchQuery } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support.directory");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartnerDirectoryPage({ searchParams }: Props) {
  const actor = await requireActor("support.view");
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const typed = first(params.q);
  const parsedQ = searchQuery.safeParse(typed);
  const q = parsedQ.success ? parsedQ.data : "";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(params.page), 10) || 1));
  const result = (await searchDirectory(actor, q, page))!;
  const [t, locale] = await Promise.all([getTranslations("support.directory"), getLocale()]);
  const hrefFor = (n: number) => `/support/directory?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-3" role="search">
        <label className="block min-w-0 flex-1 text-sm">
          <span className="font-medium">{t("searchLabel")}</span>
          <input name="q" type="search" defaultValue={typed} className="input mt-1 w-full" />
        </label>
        <button type="submit" className="btn-primary">{t("search")}</button>
      </form>
      {!parsedQ.success && <p role="alert" className="text-sm text-red-800">{parsedQ.error.issues[0]?.message}</p>}
      <p className="text-sm text-slate-600" role="status">
        {q ? t("countMatching", { count: result.total, q }) : t("count", { count: result.total })}
      </p>
      {result.rows.length > 0 && (
        <ul className="card divide-y divide-slate-100 p-0">
          {result.rows.map((row) => (
            <li key={row.id} className="px-4 py-3 text-sm">
              <Link href={`/support/directory/${row.id}`} className="font-medium text-brand-700 underline">
                {row.legalName}
              </Link>
              <span className="block text-slate-600">
                {t("rowLine", {
                  type: partnerTypeLabel(row.partnerType, locale),
                  partnerId: row.partnerId,
                  country: countryName(row.country, locale),
                  onboarding: row.onboardingStatus === "not-submitted" ? "notSubmitted" : row.onboardingStatus,
                  mpa: row.mpaAcceptedOn ? "signed" : "none",
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={result.pageCount} hrefFor={hrefFor} label={t("pagerLabel")} />
    </div>
  );
}
