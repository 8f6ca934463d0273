import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import {
  getProviderFacts,
  getResellerOfProvider,
  relationshipHistory,
  subscriptionsThroughReseller,
} from "@/lib/data/relationships";
import { newSubscriptionFindings } from "@/lib/data/new-business";
import { formatDate, regionName, relationshipStatusLabel } from "@/lib/labels";
import { formatNumber } from "@/lib/i18n/format";
import { RuleFindings } from "@/components/rule-findings";
import { TerminationForm } from "./termination-form";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ResellerComplianceFindings } from "./compliance-findings";
import { getMpaReminder } from "@/lib/data/mpa-reminders";
import { MpaReminder } from "./mpa-reminder";
import { timelineForProvider } from "@/lib/data/reseller-timeline";
import { ResellerTimeline } from "@/components/timeline/reseller-timeline";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers");
  return { title: t("detail.metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

const historyKey = {
  "invitation.accepted": "invitationAccepted",
  "invitation.declined": "invitationDeclined",
  "relationship.activated": "relationshipActivated",
  "relationship.termination-requested": "terminationRequested",
  "relationship.terminated": "terminated",
  "relationship.termination-rejected": "terminationRejected",
  "relationship.termination-withdrawn": "terminationWithdrawn",
  "organization.mpa-accepted": "mpaAccepted",
  "customer.created-for-reseller": "customerCreated",
  "subscription.created-with-reseller": "subscriptionCreated",
} as const;
const isHistoryAction = (action: string): action is keyof typeof historyKey => Object.hasOwn(historyKey, action);
const subscriptionStatuses = ["active", "suspended", "cancelled"] as const;
const isSubscriptionStatus = (status: string): status is (typeof subscriptionStatuses)[number] => (subscriptionStatuses as readonly string[]).includes(status);

export default async function ResellerPage({ params }: Props) {
  const actor = await requireActor("reseller.view");
  const { id } = await params;
  const detail = await getResellerOfProvider(actor, id);
  if (!detail) notFound();
  const [provider, history, business, mpaReminder, timeline] = await Promise.all([
    getProviderFacts(actor),
    relationshipHistory(actor, id),
    subscriptionsThroughReseller(actor, id),
    getMpaReminder(actor, id),
    timelineForProvider(actor, id),
  ]);
  const t = await getTranslations("resellers.detail");
  const locale = await getLocale();
  const { reseller, relationship, latestTermination } = detail;
  const live = relationship.status === "terminated" ? undefined : relationship.status;
  const subscriptionBlocks = provider ? newSubscriptionFindings(provider, reseller, live) : [];
  const isAdmin = can(actor, "subscription.create");
  const canRequestEnd = relationship.status === "active" || relationship.status === "suspended";
  const checklist = [
    { label: t("checklist.onboarded"), on: reseller.onboardedAt },
    { label: t("checklist.enrolled"), on: reseller.resellerEnrolledAt },
    { label: t("checklist.mpa"), on: reseller.mpaAcceptedOn },
  ];

  const mayRequestEnd = can(actor, "reseller.request-termination");
  const mayRemind = can(actor, "reseller.remind-mpa");
  const facts = t.rich(relationship.terminatedAt ? "factsTerminated" : "facts", {
    partnerId: reseller.partnerId,
    country: reseller.country,
    region: regionName(reseller.region, locale),
    date: formatDate(relationship.terminatedAt, locale),
    statusLabel: relationshipStatusLabel(relationship.status, locale),
    status: (chunks) => <strong data-testid="relationship-status">{chunks}</strong>,
  });

  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">{t("breadcrumb")}</Link> / {reseller.legalName}</p>
      <div>
        <h1 className="text-2xl font-semibold">{reseller.legalName}</h1>
        <p className="text-sm text-slate-600">{facts}</p>
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="readiness-heading">
          <h2 id="readiness-heading" className="text-lg font-medium">{t("readiness")}</h2>
          <ol className="mt-3 space-y-2">
            {checklist.map((step) => (
              <li key={step.label} className="flex items-center gap-3 text-sm">
                <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${step.on ? "bg-green-600" : "bg-slate-300"}`} />
                <span>{step.label}</span>
                <span className="text-slate-600">{step.on ? t("doneOn", { date: formatDate(step.on, locale) }) : t("notYet")}</span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-slate-600">
            {relationship.activatedAt
              ? t("invitedActive", { invited: formatDate(relationship.invitedAt, locale), active: formatDate(relationship.activatedAt, locale) })
              : t("invited", { invited: formatDate(relationship.invitedAt, locale) })}
          </p>
        </section>

        <section className="card space-y-4" aria-labelledby="actions-heading">
          <h2 id="actions-heading" className="text-lg font-medium">{t("actions")}</h2>
          <div>
            {isAdmin && subscriptionBlocks.length === 0 ? (
              <Link href={`/resellers/${id}/new-subscription`} className="btn-primary">{t("newSubscription")}</Link>
            ) : (
              <button type="button" disabled aria-describedby="subscription-blocked" className="btn-primary">{t("newSubscription")}</button>
            )}
            <div id="subscription-blocked" className="mt-2">
              {!isAdmin ? <p className="text-sm text-slate-600">{t("adminOnly")}</p> : <RuleFindings findings={subscriptionBlocks} />}
            </div>
          </div>
          <div>
            <h3 className="text-sm font-medium">{t("end.heading")}</h3>
            {latestTermination && (
              <p className="mt-1 text-sm" data-testid="termination-outcome">
                {t(`end.outcome.${latestTermination.status}`, { requested: formatDate(latestTermination.createdAt, locale), decided: formatDate(latestTermination.decidedAt, locale) })}
                {latestTermination.decisionNote && ` — ${t("end.note", { note: latestTermination.decisionNote })}`}
              </p>
            )}
            {canRequestEnd && mayRequestEnd ? (
              <>
                <p className="mt-1 text-xs text-slate-600">{t("end.viaSupport")}</p>
                <TerminationForm resellerId={id} />
              </>
            ) : (
              <p className="mt-1 text-sm text-slate-600">
                {!isAdmin
                  ? t("end.adminOnly")
                  : relationship.status === "termination-requested"
                    ? t("end.alreadyRequested")
                    : relationship.status === "terminated"
                      ? t("end.terminated")
                      : t("end.notAccepted")}
              </p>
            )}
          </div>
        </section>
      </div>

      {!reseller.mpaAcceptedOn && relationship.status !== "invited" && relationship.status !== "terminated" && (
        <MpaReminder resellerId={id} resellerName={reseller.legalName} reminder={mpaReminder} isAdmin={mayRemind} />
      )}
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-lg font-medium">{t("timeline")}</h2>
        <ResellerTimeline steps={timeline ?? []} label={t("timelineLabel", { name: reseller.legalName })} />
      </section>

      <section className="card p-0" aria-labelledby="business-heading">
        <h2 id="business-heading" className="px-6 pt-6 text-lg font-medium">{t("business.heading")}</h2>
        {relationship.status === "terminated" && (
          <p className="mx-6 mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="after-termination">
            {t("business.afterTermination", { count: activeCount(business) })}
          </p>
        )}
        {business.length === 0 ? (
          <EmptyState variant="flush">{t("business.none")}</EmptyState>
        ) : (
          <DataTable className="mt-4" columns={[{ label: t("business.columns.customer") }, { label: t("business.columns.offer") }, { label: t("business.columns.quantity") }, { label: t("business.columns.since") }, { label: t("business.columns.status") }]}>
            {business.map((row) => (
              <tr key={row.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-normal`}>{row.customerName} ({row.customerCountry})</th>
                <td className={cellClass}>{row.offerName}</td>
                <td className={`${cellClass} tabular-nums`}>{formatNumber(row.quantity, locale)}</td>
                <td className={cellClass}>{formatDate(row.startsOn, locale)}</td>
                <td className={cellClass}>{isSubscriptionStatus(row.status) ? t(`business.status.${row.status}`) : row.status}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <ResellerComplianceFindings actor={actor} resellerId={reseller.id} />

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-medium">{t("history.heading")}</h2>
        {history.length === 0 ? (
          <EmptyState>{t("history.none")}</EmptyState>
        ) : (
          <ol className="mt-3 space-y-2 text-sm">
            {history.map((event) => (
              <li key={event.id}>
                <time dateTime={event.occurredAt.toISOString()} className="text-slate-600">{formatDate(event.occurredAt, locale)}</time>{" "}
                {isHistoryAction(event.action) ? t(`history.actions.${historyKey[event.action]}`) : event.action}
                {event.actorName && <span className="text-slate-600"> · {event.actorName}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

const activeCount = (rows: { status: string }[]) => rows.filter((row) => row.status === "active").length;
