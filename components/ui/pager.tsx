import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** The query string of a list page: its filters (empty ones left out) and the page, the first one left out. */
export function listHref(basePath: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/**
 * Previous/next links for a server-paged list, with the page and, given `total`, how many items there are. Hidden
 * when everything fits on one page (the total still shows).
 */
export function Pager({
  page,
  pageCount,
  hrefFor,
  label,
  total,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** What the list holds, plural ("customers"): names the navigation for screen readers, and the total. */
  label: string;
  total?: number;
}) {
  const t = useTranslations("common");
  const locale = useLocale() as Locale;
  if (pageCount <= 1 && total === undefined) return null;
  return (
    <div className="flex flex-wrap items-center gap-4 text-sm">
      {total !== undefined && (
        <p className="text-slate-600">
          {t("pager.total", { total: formatNumber(total, locale), label })}
        </p>
      )}
      {pageCount > 1 && (
        <nav aria-label={t("pager.navigation", { label })} className="flex items-center gap-3">
          <PageLink href={page > 1 ? hrefFor(page - 1) : null} rel="prev">
            <ChevronLeft aria-hidden className="size-4" /> {t("pager.previous")}
          </PageLink>
          <span>
            {t("pager.page", { page: formatNumber(page, locale), pageCount: formatNumber(pageCount, locale) })}
          </span>
          <PageLink href={page < pageCount ? hrefFor(page + 1) : null} rel="next">
            {t("pager.next")} <ChevronRight aria-hidden className="size-4" />
          </PageLink>
        </nav>
      )}
    </div>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel: "prev" | "next"; children: React.ReactNode }) {
  if (href === null) {
    return (
      <span className="btn-secondary gap-1 px-3 py-1 opacity-50" aria-disabled="true">
        {children}
      </span>
    );
  }
  return (
    <Link href={href} className="btn-secondary gap-1 px-3 py-1" rel={rel}>
      {children}
    </Link>
  );
}
