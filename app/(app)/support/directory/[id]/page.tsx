import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getDirectoryEntry } from "@/lib/data/partner-directory";
import { formatDate, partnerTypeLabel, regionName, relationshipStatusLabel } from "@/lib/labels";
import { auditLogHref } from "@/lib/validation/audit-log";
import { BlockedActions } from "@/components/blocked-actions";
import { SupportDecisions } from "../../_components/support-decisions";

export const metadata: Metadata = { title: "Partner" };

type Props = { params: Promise<{ id: string }> };

export default async function DirectoryEntryPage({ params }: Props) {
  const actor = await requireActor("support.view");
  const { id } = await params;
  const entry = await getDirectoryEntry(actor, id);
  if (!entry) notFound();
  const { organization } = entry;
  const readiness = [
    { label: "Onboarding", value: organization.onboardedAt ? `verified ${formatDate(organization.onboardedAt)}` : organization.onboardingStatus },
    ...(organization.partnerType === "indirect-reseller"
      ? [{ label: "Enrolled as indirect reseller", value: organization.resellerEnrolledAt ? formatDate(organization.resellerEnrolledAt) : "not yet" }]
      : organization.partnerType === "direct-bill"
        ? [{ label: "Enrolled as direct-bill partner", value: organization.directBillEnrolledAt ? formatDate(organization.directBillEnrolledAt) : "not yet" }]
        : []),
    { label: "Microsoft Partner Agreement", value: organization.mpaAcceptedOn ? `signed ${formatDate(organization.mpaAcceptedOn)}` : "not signed" },
  ];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/support/directory" className="text-brand-700 underline">Partner directory</Link> / {organization.legalName}
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{organization.legalName}</h1>
        <p className="text-sm text-slate-600">
          {partnerTypeLabel(organization.partnerType)} · Partner ID {organization.partnerId} · {organization.country} · {regionName(organization.region)} ·{" "}
          <Link href={auditLogHref({ record: organization.id })} className="text-brand-700 underline">its audit events</Link>
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="readiness-heading">
          <h2 id="readiness-heading" className="text-lg font-medium">Readiness</h2>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {readiness.map((item) => (
              <div key={item.label} className="contents">
                <dt className="text-slate-600">{item.label}</dt>
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-3">
            {entry.blocked.length === 0 ? <p className="text-sm text-green-800">Nothing is blocked.</p> : <><p className="text-sm font-medium">Blocked now (as the partner reads it):</p><BlockedActions blocks={entry.blocked.map((block) => ({ ...block, until: [] }))} /></>}
          </div>
        </section>
        <section className="card" aria-labelledby="decisions-heading">
          <h2 id="decisions-heading" className="text-lg font-medium">Recent decisions</h2>
          <SupportDecisions decisions={entry.decisions} empty="Program support has not decided anything for this organization yet." />
        </section>
      </div>
      <section className="card" aria-labelledby="relationships-heading">
        <h2 id="relationships-heading" className="text-lg font-medium">Relationships</h2>
        {entry.relationships.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No provider–reseller relationships.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {entry.relationships.map((relationship) => (
              <li key={relationship.id} className="py-2">
                {relationship.side === "provider" ? "Provider" : "Reseller"}{" "}
                <Link href={`/support/directory/${relationship.otherId}`} className="text-brand-700 underline">
                  {relationship.otherName}
                </Link>{" "}
                ({relationship.otherPartnerId}) · <strong>{relationshipStatusLabel(relationship.status)}</strong>
                <span className="text-slate-600">
                  {" "}· invited {formatDate(relationship.invitedAt)}
                  {relationship.activatedAt && `, active ${formatDate(relationship.activatedAt)}`}
                  {relationship.terminatedAt && `, terminated ${formatDate(relationship.terminatedAt)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
