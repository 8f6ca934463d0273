import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getDirectoryEntry } from "@/lib/data/partner-directory";
import { formatDate, partnerTypeLabel, regionName, relationshipStatusLabel } from "@/lib/labels";
import { auditLogHref } from "@/lib/validation/audit-log";
import { BlockedActions } from "@/components/blocked-actions";
import { SupportDecisions } from "../../_components/support-decisions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support.entry");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function DirectoryEntryPage({ params }: Props) {
  const actor = await requireActor("support.view");
  const { id } = await params;
  const locale = await getLocale();
  const entry = await getDirectoryEntry(actor, id, locale);
  if (!entry) notFound();
  const { organization } = entry;
  const t = await getTranslations("support.entry");
  const breadcrumb = t.rich("breadcrumb", {
    name: organization.legalName,
    link: (chunks) => (
      <Link href="/support/directory" className="text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  const readiness = [
    {
      label: t("readiness.onboarding"),
      value: organization.onboardedAt
        ? t("readiness.verified", { date: formatDate(organization.onboardedAt, locale) })
        : t("onboardingStatus", { status: organization.onboardingStatus === "not-submitted" ? "notSubmitted" : organization.onboardingStatus }),
    },
    ...(organization.partnerType === "indirect-reseller"
      ? [{ label: t("readiness.enrolledReseller"), value: organization.resellerEnrolledAt ? formatDate(organization.resellerEnrolledAt, locale) : t("readiness.notYet") }]
      : organization.partnerType === "direct-bill"
        ? [{ label: t("readiness.enrolledDirectBill"), value: organization.directBillEnrolledAt ? formatDate(organization.directBillEnrolledAt, locale) : t("readiness.notYet") }]
        : []),
    {
      label: t("readiness.mpa"),
      value: organization.mpaAcceptedOn ? t("readiness.signed", { date: formatDate(organization.mpaAcceptedOn, locale) }) : t("readiness.notSigned"),
    },
  ];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        {breadcrumb}
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{organization.legalName}</h1>
        <p className="text-sm text-slate-600">
          {t("subtitle", {
            type: partnerTypeLabel(organization.partnerType, locale),
            partnerId: organization.partnerId,
            country: countryName(organization.country, locale),
            region: regionName(organization.region, locale),
          })}{" "}
          ·{" "}
          <Link href={auditLogHref({ record: organization.id })} className="text-brand-700 underline">
            {t("auditEvents")}
          </Link>
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="readiness-heading">
          <h2 id="readiness-heading" className="text-lg font-medium">{t("readiness.heading")}</h2>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {readiness.map((item) => (
              <div key={item.label} className="contents">
                <dt className="text-slate-600">{item.label}</dt>
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-3">
            {entry.blocked.length === 0 ? <p className="text-sm text-green-800">{t("nothingBlocked")}</p> : <><p className="text-sm font-medium">{t("blockedNow")}</p><BlockedActions blocks={entry.blocked.map((block) => ({ ...block, until: [] }))} /></>}
          </div>
        </section>
        <section className="card" aria-labelledby="decisions-heading">
          <h2 id="decisions-heading" className="text-lg font-medium">{t("decisionsHeading")}</h2>
          <SupportDecisions decisions={entry.decisions} empty={t("noDecisions")} />
        </section>
      </div>
      <section className="card" aria-labelledby="relationships-heading">
        <h2 id="relationships-heading" className="text-lg font-medium">{t("relationships.heading")}</h2>
        {entry.relationships.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("relationships.none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {entry.relationships.map((relationship) => (
              <li key={relationship.id} className="py-2">
                {relationship.side === "provider" ? t("relationships.provider") : t("relationships.reseller")}{" "}
                <Link href={`/support/directory/${relationship.otherId}`} className="text-brand-700 underline">
                  {relationship.otherName}
                </Link>{" "}
                ({relationship.otherPartnerId}) · <strong>{relationshipStatusLabel(relationship.status, locale)}</strong>
                <span className="text-slate-600">
                  {" "}· {t("relationships.invited", { date: formatDate(relationship.invitedAt, locale) })}
                  {relationship.activatedAt && `, ${t("relationships.active", { date: formatDate(relationship.activatedAt, locale) })}`}
                  {relationship.terminatedAt && `, ${t("relationships.terminated", { date: formatDate(relationship.terminatedAt, locale) })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
