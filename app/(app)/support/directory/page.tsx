import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { searchDirectory } from "@/lib/data/partner-directory";
import { partnerTypeLabel } from "@/lib/labels";
import { Pager } from "@/components/ui/pager";
import { searchQuery } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Partner directory" };

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
  const hrefFor = (n: number) => `/support/directory?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Partner directory</h1>
        <p className="text-sm text-slate-600">Every organization in CSP Partner Hub: find one by part of its name or its exact Partner ID.</p>
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-3" role="search">
        <label className="block min-w-0 flex-1 text-sm">
          <span className="font-medium">Name or Partner ID</span>
          <input name="q" type="search" defaultValue={typed} className="input mt-1 w-full" />
        </label>
        <button type="submit" className="btn-primary">Search</button>
      </form>
      {!parsedQ.success && <p role="alert" className="text-sm text-red-800">{parsedQ.error.issues[0]?.message}</p>}
      <p className="text-sm text-slate-600" role="status">
        {result.total === 1 ? "1 organization" : `${result.total.toLocaleString("en")} organizations`}
        {q && ` match “${q}”`}
      </p>
      {result.rows.length > 0 && (
        <ul className="card divide-y divide-slate-100 p-0">
          {result.rows.map((row) => (
            <li key={row.id} className="px-4 py-3 text-sm">
              <Link href={`/support/directory/${row.id}`} className="font-medium text-brand-700 underline">
                {row.legalName}
              </Link>
              <span className="block text-slate-600">
                {partnerTypeLabel(row.partnerType)} · Partner ID {row.partnerId} · {row.country} · onboarding {row.onboardingStatus}
                {row.mpaAcceptedOn ? " · MPA signed" : " · no MPA"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={result.pageCount} hrefFor={hrefFor} label="organizations" />
    </div>
  );
}
