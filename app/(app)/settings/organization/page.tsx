import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getOrganizationDetails } from "@/lib/data/organization-details";
import { regionName } from "@/lib/labels";
import { OrganizationDetailsForm } from "./organization-details-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Organization details" };

const contactLabels = { address: "Address", website: "Website", phone: "Phone", contactName: "Contact person", contactEmail: "Contact email" } as const;

export default async function OrganizationDetailsPage() {
  const actor = await requireActor("organization.view-details");
  const organization = await getOrganizationDetails(actor);
  if (!organization) notFound();
  const countryName = new Intl.DisplayNames(["en"], { type: "region" }).of(organization.country) ?? organization.country;
  return (
    <div className="max-w-xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> / Organization details
      </p>
      <h1 className="text-2xl font-semibold">Organization details</h1>
      <section className="card" aria-labelledby="program-heading">
        <h2 id="program-heading" className="text-lg font-medium">Fixed by the CSP program</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Partner ID</dt>
          <dd className="tabular-nums">{organization.partnerId}</dd>
          <dt className="text-slate-600">CSP tenant ID</dt>
          <dd className="break-all font-mono text-xs leading-5">{organization.cspTenantId}</dd>
          <dt className="text-slate-600">Country</dt>
          <dd>{countryName}</dd>
          <dt className="text-slate-600">CSP region</dt>
          <dd>{regionName(organization.region)}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          These cannot be edited here. The Partner ID and tenant identify your enrollment with Microsoft, and the
          country decides your CSP region: moving to another country is a change of region, which the program rules
          treat as a new enrollment, not an edit.
        </p>
      </section>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-lg font-medium">Name and contact</h2>
        {can(actor, "organization.edit-details") ? (
          <OrganizationDetailsForm legalName={organization.legalName} contact={organization.contact} version={organization.version} />
        ) : (
          <>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">Legal name</dt>
              <dd>{organization.legalName}</dd>
              {Object.entries(contactLabels).map(([key, label]) => (
                <div key={key} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="break-words">{organization.contact[key as keyof typeof contactLabels] ?? "—"}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-sm text-slate-600">Only an admin of your organization can change these.</p>
          </>
        )}
      </section>
    </div>
  );
}
