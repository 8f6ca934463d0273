import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { regionName } from "@/lib/labels";
import { countryName, formatNumber } from "@/lib/i18n/format";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listMyCustomers } from "@/lib/data/partner-customers";
import { getOwnOrganization } from "@/lib/data/organizations";
import { countryOptions } from "@/lib/rules";
import { customerListSchema } from "@/lib/validation/customers";
import { listHref, Pager } from "@/components/ui/pager";
import { AddCustomerForm } from "./add-customer-form";
import { Label } from "@/components/ui/field";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers");
  return { title: t("title") };
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("customer.view");
  const raw = await searchParams;
  const { q, page } = customerListSchema.parse({ q: raw.q, page: raw.page });
  const managedOnly = raw.view === "managed";
  const [list, organization] = await Promise.all([listMyCustomers(actor, { q, page, managedOnly }), getOwnOrganization(actor)]);
  // Every country is offered, labelled with its region: the rules decide, and a refusal says which rule and why.
  const [t, locale] = await Promise.all([getTranslations("customers"), getLocale()]);
  const importLink = t.rich("add.importLink", { link: (chunks) => <Link href="/customers/import" className="text-brand-700 underline">{chunks}</Link> });
  const view = managedOnly ? "managed" : undefined;
  const hrefFor = (page: number) => listHref("/customers", { q, view }, page);
  const countries = countryOptions(locale).map(({ code, name, regionId }) => ({ code, label: t("add.countryOption", { country: name, region: regionName(regionId, locale) }) }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{actor.partnerType === "direct-bill" ? t("title") : t("list.myTitle")}</h1>
      <p className="text-sm text-slate-600">
        {actor.partnerType === "direct-bill" ? t("list.introDirectBill") : t("list.introReseller")} {t("list.introMulti")}
      </p>

      <section className="card p-0" aria-labelledby="list-heading">
        <div className="flex flex-wrap items-end gap-4 px-6 pt-6">
          <h2 id="list-heading" className="text-lg font-medium">
            {managedOnly ? t("list.managedHeading") : t("list.allHeading")}
          </h2>
          <nav aria-label={t("list.views")} className="flex gap-3 text-sm">
            <Link href="/customers" aria-current={!managedOnly ? "page" : undefined} className={!managedOnly ? "font-medium" : "text-brand-700 underline"}>{t("list.all")}</Link>
            <Link href="/customers?view=managed" aria-current={managedOnly ? "page" : undefined} className={managedOnly ? "font-medium" : "text-brand-700 underline"}>{t("list.managedByYou")}</Link>
          </nav>
          <form role="search" className="ml-auto flex items-end gap-2" action="/customers">
            {managedOnly && <input type="hidden" name="view" value="managed" />}
            <div>
              <Label htmlFor="q">{t("list.searchLabel")}</Label>
              <input id="q" name="q" type="search" defaultValue={q} className="input mt-1" />
            </div>
            <button type="submit" className="btn-secondary">{t("list.search")}</button>
          </form>
        </div>
        {list.rows.length === 0 ? (
          <p className="px-6 py-6 text-slate-600">
            {q ? t("list.noMatch", { q }) : managedOnly ? t("list.noneManaged") : t("list.none")}
          </p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-2 sm:px-6">{t("list.columns.customer")}</th>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">{t("list.columns.country")}</th>
                  <th scope="col" className="px-4 py-2">{t("list.columns.yourSubscriptions")}</th>
                  <th scope="col" className="px-4 py-2">{t("list.columns.otherPartners")}</th>
                  <th scope="col" className="hidden px-4 py-2 sm:table-cell">{t("list.columns.managedBy")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((customer) => (
                  <tr key={customer.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-4 py-2 font-medium sm:px-6">
                      <Link href={`/customers/${customer.id}`} className="text-brand-700 underline">{customer.name}</Link>
                      {/* Narrow screens: country and managers under the name instead of in their own columns. */}
                      <span className="block text-xs font-normal text-slate-600 sm:hidden">
                        {countryName(customer.country, locale)}
                        {customer.managedByMe ? ` · ${t("list.narrowManagedByYou")}` : ""}
                        {customer.otherManagers > 0 ? ` · ${t("list.narrowManagedByOthers", { count: customer.otherManagers })}` : ""}
                      </span>
                    </th>
                    <td className="hidden px-4 py-2 sm:table-cell">{countryName(customer.country, locale)}</td>
                    <td className="px-4 py-2 tabular-nums">{formatNumber(customer.mySubscriptions, locale)}</td>
                    <td className="px-4 py-2 tabular-nums">{formatNumber(customer.otherPartners, locale)}</td>
                    <td className="hidden px-4 py-2 sm:table-cell">
                      {customer.managedByMe
                        ? customer.otherManagers > 0
                          ? t("list.managedByYouAndOthers", { count: customer.otherManagers })
                          : t("list.you")
                        : customer.otherManagers > 0
                          ? t("list.otherPartners", { count: customer.otherManagers })
                          : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="px-6 py-3">
          <Pager page={list.page} pageCount={list.pages} total={list.total} label={t("list.pagerLabel")} hrefFor={hrefFor} />
        </div>
      </section>

      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading" className="text-lg font-medium">{t("add.heading")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {organization ? t("add.regionOnlyNamed", { region: regionName(organization.region, locale) }) : t("add.regionOnly")}
        </p>
        <AddCustomerForm countries={countries} />
        <p className="mt-4 text-sm">
          {importLink}
        </p>
      </section>
    </div>
  );
}
