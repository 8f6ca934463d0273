import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listResellersOfProvider, readinessFunnel } from "@/lib/data/relationships";
import { formatDate } from "@/lib/format";
import { relationshipStatusLabel } from "@/lib/relationship-labels";
import { parseResellerListQuery, resellerListHref, type ResellerListQuery } from "@/lib/validation/resellers";
import { ReadinessFunnel } from "./_components/readiness-funnel";
import { Pager } from "@/components/ui/pager";
import { Badge } from "@/components/ui/badge";
import { cellClass, DataTable, rowClass, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ResellerFilters } from "./reseller-filters";

export const metadata: Metadata = { title: "Resellers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResellersPage({ searchParams }: Props) {
  const actor = await requireActor(["indirect-provider"]);
  const query = parseResellerListQuery(await searchParams);
  const [list, funnel] = await Promise.all([listResellersOfProvider(actor, query), readinessFunnel(actor)]);
  const filtered = query.q !== "" || query.status !== "live" || query.readiness !== "any";
  const isAdmin = actor.role === "admin";
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
          <Link href="/resellers/invitations" className="btn-primary">{isAdmin ? "Invite a reseller" : "Invitations"}</Link>
        </div>
      </div>
      <ReadinessFunnel stages={stages} />
      <ResellerFilters query={query} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p aria-live="polite">
          {list.total.toLocaleString("en")} {list.total === 1 ? "reseller" : "resellers"}
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

/** A column the list can be sorted by: a click sorts by it, ascending first, and again turns the order round. */
function sortable(query: ResellerListQuery, sort: ResellerListQuery["sort"], label: string): Column {
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return { label, sort: { href: resellerListHref({ ...query, sort, dir, page: 1 }), active: active ? (query.dir === "asc" ? "ascending" : "descending") : null } };
}

function ResellerTable({ rows, query }: { rows: Row[]; query: ResellerListQuery }) {
  const columns: Column[] = [
    sortable(query, "name", "Reseller"),
    sortable(query, "partner-id", "Partner ID"),
    sortable(query, "country", "Country / region"),
    sortable(query, "status", "Relationship"),
    { label: "Onboarded" },
    { label: "Enrolled" },
    sortable(query, "mpa", "MPA"),
  ];
  return (
    <div className="card p-0">
      <DataTable caption="Your resellers, their relationship and readiness" columns={columns}>
        {rows.map((row) => (
          <tr key={row.relationshipId} className={rowClass}>
            <th scope="row" className={`${cellClass} font-medium`}>
              <Link href={`/resellers/${row.resellerId}`} className="text-brand-700 hover:underline">{row.legalName}</Link>
              {row.transacting && <Badge tone="green" className="ml-2">transacting</Badge>}
            </th>
            <td className={`${cellClass} tabular-nums`}>{row.partnerId}</td>
            <td className={cellClass}>{row.country} · {row.region}</td>
            <td className={cellClass}>{relationshipStatusLabel[row.status]}</td>
            <td className={cellClass}>{row.onboardedAt ? "Yes" : "No"}</td>
            <td className={cellClass}>{row.enrolledAt ? "Yes" : "No"}</td>
            <td className={cellClass}>{row.mpaAcceptedOn ? `Signed ${formatDate(row.mpaAcceptedOn)}` : "Not signed"}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
