import type { Metadata } from "next";
import { pluralize, regionName, formatDate, relationshipStatusLabel } from "@/lib/labels";
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

export const metadata: Metadata = { title: "Resellers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResellersPage({ searchParams }: Props) {
  const actor = await requireActor("reseller.view");
  const query = parseResellerListQuery(await searchParams);
  const [list, funnel] = await Promise.all([listResellersOfProvider(actor, query), readinessFunnel(actor)]);
  const filtered = query.q !== "" || query.status !== "live" || query.readiness !== "any";
  const isAdmin = can(actor, "reseller.invite");
  const stages = [
    { label: "Invited", count: funnel.invited, href: resellerListHref({}) },
    { label: "Onboarded", count: funnel.onboarded, href: resellerListHref({ readiness: "onboarded" }) },
    { label: "Enrolled", count: funnel.enrolled, href: resellerListHref({ readiness: "enrolled" }) },
    { label: "MPA signed", count: funnel["mpa-signed"], href: resellerListHref({ readiness: "mpa-signed" }) },
    { label: "Transacting", count: funnel.transacting, href: resellerListHref({ readiness: "transacting" }) },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Resellers</h1>
        <div className="ml-auto flex flex-wrap gap-2">
          <Link href="/resellers/verify" className="btn-secondary">Verify MPA by Partner ID</Link>
          <Link href="/resellers/reconciliation" className="btn-secondary">Compare with Partner Center</Link>
          {isAdmin && <Link href="/resellers/import" className="btn-secondary">Import from CSV</Link>}
          <Link href="/resellers/invitations" className="btn-primary">{isAdmin ? "Invite a reseller" : "Invitations"}</Link>
        </div>
      </div>
      <ReadinessFunnel stages={stages} />
      <ResellerFilters query={query} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p aria-live="polite">
          {pluralize(list.total, "reseller")}
          {filtered && " match these filters"}
        </p>
        {list.total > 0 && (
          <a href={resellerListHref({ ...query, page: 1 }, "/resellers/export")} className="ml-auto text-brand-700 underline" download>
            Download these as CSV
          </a>
        )}
      </div>
      {list.rows.length === 0 ? (
        <NoResellers filtered={filtered} isAdmin={isAdmin} />
      ) : (
        <ResellerTable rows={list.rows} query={query} />
      )}
      <Pager page={list.page} pageCount={list.pageCount} label="resellers" hrefFor={(page) => resellerListHref({ ...query, page })} />
    </div>
  );
}

function NoResellers({ filtered, isAdmin }: { filtered: boolean; isAdmin: boolean }) {
  if (filtered) {
    return (
      <EmptyState variant="card" action={<><Link href="/resellers" className="text-brand-700 underline">Clear the filters</Link> or search by the first letters of a name.</>}>
        No reseller matches these filters.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      variant="card"
      action={isAdmin ? <Link href="/resellers/invitations" className="text-brand-700 underline">Invite your first reseller</Link> : "Ask an admin of your organization to invite one."}
    >
      You have no resellers yet.
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
        {active && <span aria-hidden> {query.dir === "asc" ? "▲" : "▼"}</span>}
      </Link>
    </th>
  );
}

/** Columns shown from the `sm` breakpoint up; below it their values stack under the reseller's name. */
const SECONDARY = "hidden sm:table-cell";

function ResellerTable({ rows, query }: { rows: Row[]; query: ResellerListQuery }) {
  return (
    <div className="card overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your resellers, their relationship and readiness</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <SortHeader query={query} sort="name">Reseller</SortHeader>
            <SortHeader query={query} sort="partner-id" className={SECONDARY}>Partner ID</SortHeader>
            <SortHeader query={query} sort="country" className={SECONDARY}>Country / region</SortHeader>
            <SortHeader query={query} sort="status">Relationship</SortHeader>
            <th scope="col" className={`px-4 py-2 ${SECONDARY}`}>Onboarded</th>
            <th scope="col" className={`px-4 py-2 ${SECONDARY}`}>Enrolled</th>
            <SortHeader query={query} sort="mpa">MPA</SortHeader>
            <th scope="col" className="px-4 py-2">Re-authorization</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.relationshipId} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={`/resellers/${row.resellerId}`} className="text-brand-700 hover:underline">{row.legalName}</Link>
                {row.transacting && <span className="ml-2 rounded bg-green-50 px-1.5 py-0.5 text-xs text-green-800">transacting</span>}
                {/* On a narrow screen the secondary columns fold into one line under the name. */}
                <span className="block text-xs font-normal text-slate-600 sm:hidden">
                  {row.partnerId} · {row.country} · {row.onboardedAt ? "onboarded" : "not onboarded"} · {row.enrolledAt ? "enrolled" : "not enrolled"}
                </span>
              </th>
              <td className={`px-4 py-2 tabular-nums ${SECONDARY}`}>{row.partnerId}</td>
              <td className={`px-4 py-2 ${SECONDARY}`}>{row.country} · {regionName(row.region)}</td>
              <td className="px-4 py-2">{relationshipStatusLabel(row.status)}</td>
              <td className={`px-4 py-2 ${SECONDARY}`}>{row.onboardedAt ? "Yes" : "No"}</td>
              <td className={`px-4 py-2 ${SECONDARY}`}>{row.enrolledAt ? "Yes" : "No"}</td>
              <td className="px-4 py-2">{row.mpaAcceptedOn ? `Signed ${formatDate(row.mpaAcceptedOn)}` : "Not signed"}</td>
              <td className="px-4 py-2"><ReauthorizationCell anniversary={row.authorizationAnniversary} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
