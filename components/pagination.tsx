import Link from "next/link";

/** Previous/next links for a server-paged list; keeps the other query parameters. */
export function Pagination({ basePath, params, page, pages, total, label }: { basePath: string; params: Record<string, string | undefined>; page: number; pages: number; total: number; label: string }) {
  if (pages <= 1) return <p className="px-6 py-3 text-sm text-slate-600">{total} {label}</p>;
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 px-6 py-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="text-brand-700 underline">Previous page</Link> : <span className="text-slate-400">Previous page</span>}
      <span>
        Page {page} of {pages} · {total} {label}
      </span>
      {page < pages ? <Link href={href(page + 1)} className="text-brand-700 underline">Next page</Link> : <span className="text-slate-400">Next page</span>}
    </nav>
  );
}
