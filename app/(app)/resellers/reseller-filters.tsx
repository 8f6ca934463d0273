import Link from "next/link";
import { readinessFilters, resellerSorts, statusFilters, type ResellerListQuery } from "@/lib/validation/resellers";
import { readinessFilterLabel, statusFilterLabel } from "@/lib/labels";
import { Label } from "@/components/ui/field";
import { useLocale, useTranslations } from "next-intl";

const sortKey = { name: "name", "partner-id": "partnerId", country: "country", status: "status", mpa: "mpa" } as const;

/** A plain GET form: the filters live in the URL, so every view can be linked, reloaded and exported. */
export function ResellerFilters({ query }: { query: ResellerListQuery }) {
  const t = useTranslations("resellers.filters");
  const locale = useLocale();
  return (
    <form method="get" action="/resellers" role="search" aria-label={t("label")} className="card grid gap-3 p-4 sm:grid-cols-6">
      <div className="sm:col-span-2">
        <Label htmlFor="q">{t("q")}</Label>
        <input id="q" name="q" type="search" defaultValue={query.q} maxLength={100} className="input mt-1" placeholder={t("qPlaceholder")} />
      </div>
      <div>
        <Label htmlFor="status">{t("status")}</Label>
        <select id="status" name="status" defaultValue={query.status} className="input mt-1">
          {statusFilters.map((value) => <option key={value} value={value}>{statusFilterLabel(value, locale)}</option>)}
        </select>
      </div>
      <div>
        <Label htmlFor="readiness">{t("readiness")}</Label>
        <select id="readiness" name="readiness" defaultValue={query.readiness} className="input mt-1">
          {readinessFilters.map((value) => <option key={value} value={value}>{readinessFilterLabel(value, locale)}</option>)}
        </select>
      </div>
      <div>
        <Label htmlFor="sort">{t("sort")}</Label>
        <select id="sort" name="sort" defaultValue={query.sort} className="input mt-1">
          {resellerSorts.map((value) => <option key={value} value={value}>{t(`sortBy.${sortKey[value]}`)}</option>)}
        </select>
      </div>
      <div>
        <Label htmlFor="dir">{t("dir")}</Label>
        <select id="dir" name="dir" defaultValue={query.dir} className="input mt-1">
          <option value="asc">{t("asc")}</option>
          <option value="desc">{t("desc")}</option>
        </select>
      </div>
      <div className="flex gap-2 sm:col-span-6">
        <button type="submit" className="btn-primary">{t("apply")}</button>
        <Link href="/resellers" className="btn-secondary">{t("clear")}</Link>
      </div>
    </form>
  );
}
