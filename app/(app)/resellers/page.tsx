import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { regionName, formatDate, relationshipStatusLabel } from "@/lib/labels";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listResellersOfProvider, readinessFunnel } from "@/lib/data/relationships";
import { parseResellerListQuery, resellerListHref, type ResellerListQuery } from "@/lib/validation/resellers";
import { ReadinessFunnel } from "./_components/readiness-funnel";
import { Pager } from "@/components/ui/pager";
import { EmptyState } from "@/components/ui/empty-state";
import { ResellerFilters } from "./reseller-filters";
import { ReauthorizationCell } from "./reauthorization-cell";
import { can } from "@/lib/permissions";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers");
  return { title: t("list.metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResellersPage({ searchParams }: Props) {
  const actor = await requireActor("reseller.view");
  const query = parseResellerListQuery(await searchParams);
  const [list, funnel] = await Promise.all([listResellersOfProvider(actor, query), readinessFunnel(actor)]);
  const t = await getTranslations("resellers");
  const locale = await getLocale();
  const filtered = query.q !== "" || query.status !== "live" || query.readiness !== "any";
  const isAdmin = can(actor, "reseller.invite");
  const stages = [
    { label: t("funnel.invited"), count: funnel.invited, href: resellerListHref({}) },
    { label: t("funnel.onboarded"), count: funnel.onboarded, href: resellerListHref({ readiness: "onboarded" }) },
    { label: t("funnel.enrolled"), count: funnel.enrolled, href: resellerListHref({ readiness: "enrolled" }) },
    { label: t("funnel.mpaSigned"), count: funnel["mpa-signed"], href: resellerListHref({ readiness: "mpa-signed" }) },
    { label: t("funnel.transacting"), count: funnel.transacting, href: resellerListHref({ readiness: "transacting" }) },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
        <div className="ml-auto flex flex-wrap gap-2">
          <Link href="/resellers/verify" className="btn-secondary">{t("list.verifyLink")}</Link>
          <Link href="/resellers/reconciliation" className="btn-secondary">{t("list.reconciliationLink")}</Link>
          {isAdmin && <Link href="/resellers/import" className="btn-secondary">{t("list.importLink")}</Link>}
          <Link href="/resellers/invitations" className="btn-primary">{isAdmin ? t("list.inviteLink") : t("list.invitationsLink")}</Link>
        </div>
      </div>
      <ReadinessFunnel stages={stages} />
      <ResellerFilters query={query} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p aria-live="polite">
          {filtered ? t("list.countFiltered", { count: list.total }) : t("list.count", { count: list.total })}
        </p>
        {list.total > 0 && (
          <a href={resellerListHref({ ...query, page: 1 }, "/resellers/export")} className="ml-auto text-brand-700 underline" download>
            {t("list.download")}
          </a>
        )}
      </div>
      {list.rows.length === 0 ? (
        <NoResellers filtered={filtered} isAdmin={isAdmin} />
      ) : (
        <ResellerTable rows={list.rows} query={query} locale={locale} />
      )}
      <Pager page={list.page} pageCount={list.pageCount} label={t("list.pagerLabel")} hrefFor={(page) => resellerListHref({ ...query, page, after: page > list.page ? list.lastId : undefined, before: page < list.page ? list.firstId : undefined })} />
    </div>
  );
}

async function NoResellers({ filtered, isAdmin }: { filtered: boolean; isAdmin: boolean }) {
  const t = await getTranslations("resellers");
  if (filtered) {
    return (
      <EmptyState
        variant="card"
        action={t.rich("list.noMatchAction", { link: (chunks) => <Link href="/resellers" className="text-brand-700 underline">{chunks}</Link> })}
      >
        {t("list.noMatch")}
      </EmptyState>
    );
  }
  return (
    <EmptyState
      variant="card"
      action={isAdmin ? <Link href="/resellers/invitations" className="text-brand-700 underline">{t("list.inviteFirst")}</Link> : t("list.askAdmin")}
    >
      {t("list.none")}
    </EmptyState>
  );
}

type Row = Awaited<ReturnType<typeof listResellersOfProvider>>["rows"][number];

function SortHeader({ query, sort, children, className = "" }: { query: ResellerListQuery; sort: ResellerListQuery["sort"]; children: React.ReactNode; className?: string }) {
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" className={`px-4 py-2 ${className}`} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={resellerListHref({ ...query, sort, dir, page: 1 })} className="hover:underline">
        {children}
        {active && <span aria-hidden> {ARROW[query.dir]}</span>}
      </Link>
    </th>
  );
}

/** The sorted column's direction, drawn (hidden from screen readers, which hear aria-sort). */
const ARROW = { asc: "▲", desc: "▼" } as const;
/** The sort keys of the URL (for machines). */
const SORT = { name: "name", partnerId: "partner-id", country: "country", status: "status", mpa: "mpa" } as const;

/** Columns shown from the `sm` breakpoint up; below it their values stack under the reseller's name. */
const SECONDARY = "hidden sm:table-cell";

async function ResellerTable({ rows, query, locale }: { rows: Row[]; query: ResellerListQuery; locale: Locale }) {
  const t = await getTranslations("resellers");
  return (
    <div className="card overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <SortHeader query={query} sort={SORT.name}>{t("list.columns.reseller")}</SortHeader>
            <SortHeader query={query} sort={SORT.partnerId} className={SECONDARY}>{t("list.columns.partnerId")}</SortHeader>
            <SortHeader query={query} sort={SORT.country} className={SECONDARY}>{t("list.columns.country")}</SortHeader>
            <SortHeader query={query} sort={SORT.status}>{t("list.columns.relationship")}</SortHeader>
            <th scope="col" className={`px-4 py-2 ${SECONDARY}`}>{t("list.columns.onboarded")}</th>
            <th scope="col" className={`px-4 py-2 ${SECONDARY}`}>{t("list.columns.enrolled")}</th>
            <SortHeader query={query} sort={SORT.mpa}>{t("list.columns.mpa")}</SortHeader>
            <th scope="col" className="px-4 py-2">{t("list.columns.reauthorization")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.relationshipId} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={`/resellers/${row.resellerId}`} className="text-brand-700 hover:underline">{row.legalName}</Link>
                {row.transacting && <span className="ml-2 rounded bg-green-50 px-1.5 py-0.5 text-xs text-green-800">{t("list.transacting")}</span>}
                {/* On a narrow screen the secondary columns fold into one line under the name. */}
                <span className="block text-xs font-normal text-slate-600 sm:hidden">
                  {row.partnerId} · {row.country} · {row.onboardedAt ? t("list.onboardedShort") : t("list.notOnboardedShort")} · {row.enrolledAt ? t("list.enrolledShort") : t("list.notEnrolledShort")}
                </span>
              </th>
              <td className={`px-4 py-2 tabular-nums ${SECONDARY}`}>{row.partnerId}</td>
              <td className={`px-4 py-2 ${SECONDARY}`}>{row.country} · {regionName(row.region, locale)}</td>
              <td className="px-4 py-2">{relationshipStatusLabel(row.status, locale)}</td>
              <td className={`px-4 py-2 ${SECONDARY}`}>{row.onboardedAt ? t("list.yes") : t("list.no")}</td>
              <td className={`px-4 py-2 ${SECONDARY}`}>{row.enrolledAt ? t("list.yes") : t("list.no")}</td>
              <td className="px-4 py-2">{row.mpaAcceptedOn ? t("list.mpaSigned", { date: formatDate(row.mpaAcceptedOn, locale) }) : t("list.mpaNotSigned")}</td>
              <td className="px-4 py-2"><ReauthorizationCell anniversary={row.authorizationAnniversary} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
