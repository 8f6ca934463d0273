import { Pager } from "./pager";

/** A server-paged list's pager that keeps the list's other query parameters, with the total beside it. */
export function Pagination({ basePath, params, page, pages, total, label }: { basePath: string; params: Record<string, string | undefined>; page: number; pages: number; total: number; label: string }) {
  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  return (
    <div className="flex flex-wrap items-center gap-4 px-6 py-3 text-sm">
      <p className="text-slate-600">
        {total.toLocaleString("en")} {label}
      </p>
      <Pager page={page} pageCount={pages} hrefFor={hrefFor} label={`Pages of ${label}`} />
    </div>
  );
}
