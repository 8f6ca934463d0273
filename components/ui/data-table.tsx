import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";

export type Column = {
  label: React.ReactNode;
  /** Said to screen readers only (a column of buttons still needs a name). */
  hidden?: boolean;
  /** A sortable column: where a click leads (the list sorted by it) and whether the list is sorted by it now. */
  sort?: { href: string; active: "ascending" | "descending" | null };
  /** Replaces the usual horizontal padding (the first column of a table flush with its card uses px-6). */
  className?: string;
};

/**
 * A table of records with one header row; sorting and paging are the server's (each sortable header is a link), so
 * the table works without JavaScript and the URL says what is shown. Scrolls sideways on a narrow screen rather than
 * squeezing the page. Rows are the children: `<tr>` with `<th scope="row">` first, cells with `cellClass`.
 */
export function DataTable({
  caption,
  columns,
  children,
  className = "",
  maxHeight,
}: {
  caption?: string;
  columns: Column[];
  children: React.ReactNode;
  className?: string;
  /** A long list scrolls inside this height (a Tailwind max-h class), its header staying in view. */
  maxHeight?: string;
}) {
  return (
    // `relative` keeps the cells' visually hidden labels (absolutely positioned) inside the scrolling box, so they
    // cannot widen the page; `tabIndex` lets a keyboard user scroll a table wider than a phone screen.
    <div className={`relative ${maxHeight ? `${maxHeight} overflow-auto` : "overflow-x-auto"} ${className}`} tabIndex={0} role={caption ? "region" : undefined} aria-label={caption}>
      <table className="w-full text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className={`border-y border-slate-200 bg-slate-50 ${maxHeight ? "sticky top-0" : ""}`}>
          <tr>
            {columns.map((column, index) => (
              <HeaderCell key={index} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const rowClass = "border-b border-slate-100 last:border-0";
export const cellClass = "px-4 py-2";

function HeaderCell({ column }: { column: Column }) {
  const label = column.hidden ? <span className="sr-only">{column.label}</span> : column.label;
  const className = column.className ? `py-2 ${column.className}` : cellClass;
  if (!column.sort) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  const Icon = column.sort.active === "ascending" ? ArrowUp : column.sort.active === "descending" ? ArrowDown : ArrowUpDown;
  return (
    <th scope="col" className={className} aria-sort={column.sort.active ?? undefined}>
      <Link href={column.sort.href} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <Icon aria-hidden className={`size-3.5 ${column.sort.active ? "" : "text-slate-400"}`} />
      </Link>
    </th>
  );
}
