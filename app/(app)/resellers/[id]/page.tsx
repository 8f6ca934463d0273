import type { Metadata } from "next";
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
import { formatDate, pluralize, regionName, relationshipStatusLabel } from "@/lib/labels";
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

export const metadata: Metadata = { title: "Reseller" };

type Props = { params: Promise<{ id: string }> };

const historyLabel: Record<string, string> = {
  "invitation.accepted": "Invitation accepted",
  "invitation.declined": "Invitation declined",
  "relationship.activated": "Relationship active",
  "relationship.termination-requested": "End of relationship requested",
  "relationship.terminated": "Terminated by program support",
  "relationship.termination-rejected": "Request to end rejected by program support",
  "relationship.termination-withdrawn": "Request to end withdrawn by the reseller",
  "organization.mpa-accepted": "MPA accepted",
  "customer.created-for-reseller": "Customer created on the reseller's behalf",
  "subscription.created-with-reseller": "Subscription with the reseller of record",
};

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
  const { reseller, relationship, latestTermination } = detail;
  const live = relationship.status === "terminated" ? undefined : relationship.status;
  const subscriptionBlocks = provider ? newSubscriptionFindings(provider, reseller, live) : [];
  const isAdmin = can(actor, "subscription.create");
  const canRequestEnd = relationship.status === "active" || relationship.status === "suspended";
  const checklist = [
    { label: "Onboarded into Partner Center", on: reseller.onboardedAt },
    { label: "Enrolled as indirect reseller", on: reseller.resellerEnrolledAt },
    { label: "Microsoft Partner Agreement accepted", on: reseller.mpaAcceptedOn },
  ];

  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">Resellers</Link> / {reseller.legalName}</p>
      <div>
        <h1 className="text-2xl font-semibold">{reseller.legalName}</h1>
        <p className="text-sm text-slate-600">
          Partner ID {reseller.partnerId} · {reseller.country} · {regionName(reseller.region)} · relationship{" "}
          <strong data-testid="relationship-status">{relationshipStatusLabel(relationship.status)}</strong>
          {relationship.terminatedAt && ` on ${formatDate(relationship.terminatedAt)}`}
        </p>
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="readiness-heading">
          <h2 id="readiness-heading" className="text-lg font-medium">Readiness</h2>
          <ol className="mt-3 space-y-2">
            {checklist.map((step) => (
              <li key={step.label} className="flex items-center gap-3 text-sm">
                <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${step.on ? "bg-green-600" : "bg-slate-300"}`} />
                <span>{step.label}</span>
                <span className="text-slate-600">{step.on ? `done ${formatDate(step.on)}` : "not yet"}</span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-slate-600">
            Invited {formatDate(relationship.invitedAt)}
            {relationship.activatedAt && `, active since ${formatDate(relationship.activatedAt)}`}.
          </p>
        </section>

        <section className="card space-y-4" aria-labelledby="actions-heading">
          <h2 id="actions-heading" className="text-lg font-medium">What you may do now</h2>
          <div>
            {isAdmin && subscriptionBlocks.length === 0 ? (
              <Link href={`/resellers/${id}/new-subscription`} className="btn-primary">New subscription with this reseller</Link>
            ) : (
              <button type="button" disabled aria-describedby="subscription-blocked" className="btn-primary">New subscription with this reseller</button>
            )}
            <div id="subscription-blocked" className="mt-2">
              {!isAdmin ? <p className="text-sm text-slate-600">Only an admin of your organization can do this.</p> : <RuleFindings findings={subscriptionBlocks} />}
            </div>
          </div>
          <div>
            <h3 className="text-sm font-medium">End the relationship</h3>
            {latestTermination && (
              <p className="mt-1 text-sm" data-testid="termination-outcome">
                Request of {formatDate(latestTermination.createdAt)}:{" "}
                {latestTermination.status === "pending"
                  ? "waiting for program support"
                  : latestTermination.status === "withdrawn"
                    ? `withdrawn by the reseller ${formatDate(latestTermination.decidedAt)}`
                    : `${latestTermination.status} by program support ${formatDate(latestTermination.decidedAt)}`}
                {latestTermination.decisionNote && ` — “${latestTermination.decisionNote}”`}
              </p>
            )}
            {canRequestEnd && can(actor, "reseller.request-termination") ? (
              <>
                <p className="mt-1 text-xs text-slate-600">TERMINATION-VIA-SUPPORT: your request goes to program support, who end the relationship.</p>
                <TerminationForm resellerId={id} />
              </>
            ) : (
              <p className="mt-1 text-sm text-slate-600">
                {!isAdmin
                  ? "Only an admin of your organization can request this."
                  : relationship.status === "termination-requested"
                    ? "An end is already requested; program support decides."
                    : relationship.status === "terminated"
                      ? "This relationship is terminated."
                      : "The reseller has not accepted yet; nothing to end."}
              </p>
            )}
          </div>
        </section>
      </div>

      {!reseller.mpaAcceptedOn && relationship.status !== "invited" && relationship.status !== "terminated" && (
        <MpaReminder resellerId={id} resellerName={reseller.legalName} reminder={mpaReminder} isAdmin={can(actor, "reseller.remind-mpa")} />
      )}
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-lg font-medium">Timeline</h2>
        <ResellerTimeline steps={timeline ?? []} label={`Timeline of ${reseller.legalName}`} />
      </section>

      <section className="card p-0" aria-labelledby="business-heading">
        <h2 id="business-heading" className="px-6 pt-6 text-lg font-medium">Customers and subscriptions through this reseller</h2>
        {relationship.status === "terminated" && (
          <p className="mx-6 mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="after-termination">
            The relationship is terminated. {activeCount(business) === 0 ? "No subscription runs through this reseller any more." : `${pluralize(activeCount(business), "subscription")} still ${activeCount(business) === 1 ? "runs" : "run"} through this reseller:`}{" "}
            {activeCount(business) > 0 && "they stay active, with the reseller of record, until their renewal date. "}
            New subscriptions with this reseller are refused (PROVIDER-RESELLER-ACTIVE).
          </p>
        )}
        {business.length === 0 ? (
          <EmptyState variant="flush">No subscriptions yet with this reseller of record.</EmptyState>
        ) : (
          <DataTable className="mt-4" columns={[{ label: "Customer" }, { label: "Offer" }, { label: "Quantity" }, { label: "Since" }, { label: "Status" }]}>
            {business.map((row) => (
              <tr key={row.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-normal`}>{row.customerName} ({row.customerCountry})</th>
                <td className={cellClass}>{row.offerName}</td>
                <td className={`${cellClass} tabular-nums`}>{row.quantity}</td>
                <td className={cellClass}>{formatDate(row.startsOn)}</td>
                <td className={cellClass}>{row.status}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <ResellerComplianceFindings actor={actor} resellerId={reseller.id} />

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-medium">Relationship history</h2>
        {history.length === 0 ? (
          <EmptyState>Nothing recorded in CSP Partner Hub yet.</EmptyState>
        ) : (
          <ol className="mt-3 space-y-2 text-sm">
            {history.map((event) => (
              <li key={event.id}>
                <time dateTime={event.occurredAt.toISOString()} className="text-slate-600">{formatDate(event.occurredAt)}</time>{" "}
                {historyLabel[event.action] ?? event.action}
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
