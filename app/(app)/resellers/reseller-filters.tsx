import Link from "next/link";
import { readinessFilters, resellerSorts, statusFilters, type ResellerListQuery } from "@/lib/validation/resellers";
import { readinessFilterLabel, statusFilterLabel } from "@/lib/labels";
import { Label } from "@/components/ui/field";

const sortLabel = { name: "Name", "partner-id": "Partner ID", country: "Country", status: "Relationship", mpa: "MPA date" } as const;

/** A plain GET form: the filters live in the URL, so every view can be linked, reloaded and exported. */
export function ResellerFilters({ query }: { query: ResellerListQuery }) {
  return (
    <form method="get" action="/resellers" role="search" aria-label="Filter resellers" className="card grid gap-3 p-4 sm:grid-cols-6">
      <div className="sm:col-span-2">
        <Label htmlFor="q">Name or Partner ID</Label>
        <input id="q" name="q" type="search" defaultValue={query.q} maxLength={100} className="input mt-1" placeholder="Starts with… or a full Partner ID" />
      </div>
      <div>
        <Label htmlFor="status">Relationship</Label>
        <select id="status" name="status" defaultValue={query.status} className="input mt-1">
          {statusFilters.map((value) => <option key={value} value={value}>{statusFilterLabel(value)}</option>)}
        </select>
      </div>
      <div>
        <Label htmlFor="readiness">Readiness</Label>
        <select id="readiness" name="readiness" defaultValue={query.readiness} className="input mt-1">
          {readinessFilters.map((value) => <option key={value} value={value}>{readinessFilterLabel(value)}</option>)}
        </select>
      </div>
      <div>
        <Label htmlFor="sort">Sort by</Label>
        <select id="sort" name="sort" defaultValue={query.sort} className="input mt-1">
          {resellerSorts.map((value) => <option key={value} value={value}>{sortLabel[value]}</option>)}
        </select>
      </div>
      <div>
        <Label htmlFor="dir">Order</Label>
        <select id="dir" name="dir" defaultValue={query.dir} className="input mt-1">
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </div>
      <div className="flex gap-2 sm:col-span-6">
        <button type="submit" className="btn-primary">Apply</button>
        <Link href="/resellers" className="btn-secondary">Clear</Link>
      </div>
    </form>
  );
}
