import Link from "next/link";

/** Previous/next links for a server-side paginated list. */
export function Pager({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="btn-secondary px-3 py-1" rel="prev">
          Previous
        </Link>
      ) : (
        <span className="btn-secondary px-3 py-1 opacity-50" aria-disabled="true">Previous</span>
      )}
      <span>
        Page {page} of {pageCount.toLocaleString("en")}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className="btn-secondary px-3 py-1" rel="next">
          Next
        </Link>
      ) : (
        <span className="btn-secondary px-3 py-1 opacity-50" aria-disabled="true">Next</span>
      )}
    </nav>
  );
}
