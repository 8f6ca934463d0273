import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getOrganizationDetails } from "@/lib/data/organization-details";
import { regionName } from "@/lib/labels";
import { OrganizationDetailsForm } from "./organization-details-form";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.organization"))("title") };
}

const contactFields = ["address", "website", "phone", "contactName", "contactEmail"] as const;

export default async function OrganizationDetailsPage() {
  const actor = await requireActor("organization.view-details");
  const organization = await getOrganizationDetails(actor);
  if (!organization) notFound();
  const t = await getTranslations("settings");
  const locale = (await getLocale()) as Locale;
  const mayEdit = can(actor, "organization.edit-details");
  return (
    <div className="max-w-xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{t("title")}</Link> / {t("organization.title")}
      </p>
      <h1 className="text-2xl font-semibold">{t("organization.title")}</h1>
      <section className="card" aria-labelledby="program-heading">
        <h2 id="program-heading" className="text-lg font-medium">{t("organization.fixed")}</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("organization.partnerId")}</dt>
          <dd className="tabular-nums">{organization.partnerId}</dd>
          <dt className="text-slate-600">{t("organization.cspTenantId")}</dt>
          <dd className="break-all font-mono text-xs leading-5">{organization.cspTenantId}</dd>
          <dt className="text-slate-600">{t("organization.country")}</dt>
          <dd>{countryName(organization.country, locale)}</dd>
          <dt className="text-slate-600">{t("organization.region")}</dt>
          <dd>{regionName(organization.region, locale)}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-600">{t("organization.fixedExplanation")}</p>
      </section>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-lg font-medium">{t("organization.nameAndContact")}</h2>
        {mayEdit ? (
          <OrganizationDetailsForm legalName={organization.legalName} contact={organization.contact} version={organization.version} />
        ) : (
          <>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("organization.field.legalName")}</dt>
              <dd>{organization.legalName}</dd>
              {contactFields.map((key) => (
                <div key={key} className="contents">
                  <dt className="text-slate-600">{t(`organization.field.${key}`)}</dt>
                  <dd className="break-words">{organization.contact[key] ?? "—"}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-sm text-slate-600">{t("organization.onlyAdmin")}</p>
          </>
        )}
      </section>
    </div>
  );
}
