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
import { formatDate, regionName, relationshipStatusLabel } from "@/lib/labels";
import { RuleFindings } from "@/components/rule-findings";
import { TerminationForm } from "./termination-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Reseller" };

type Props = { params: Promise<{ id: string }> };

const historyLabel: Record<string, string> = {
  "invitation.accepted": "Invitation accepted",
  "invitation.declined": "Invitation declined",
  "relationship.activated": "Relationship active",
  "relationship.termination-requested": "End of relationship requested",
  "relationship.terminated": "Relationship ended by program support",
  "relationship.termination-rejected": "Request to end rejected by program support",
  "organization.mpa-accepted": "MPA accepted",
  "customer.created-for-reseller": "Customer created on the reseller's behalf",
  "subscription.created-with-reseller": "Subscription with the reseller of record",
};

export default async function ResellerPage({ params }: Props) {
  const actor = await requireActor("reseller.view");
  const { id } = await params;
  const detail = await getResellerOfProvider(actor, id);
  if (!detail) notFound();
  const [provider, history, business] = await Promise.all([
    getProviderFacts(actor),
    relationshipHistory(actor, id),
    subscriptionsThroughReseller(actor, id),
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
          <strong data-testid="relationship-status">{relationshipStatusLabel[relationship.status]}</strong>
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
                {latestTermination.status === "pending" ? "waiting for program support" : `${latestTermination.status} by program support ${formatDate(latestTermination.decidedAt)}`}
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
                      ? "This relationship has ended."
                      : "The reseller has not accepted yet; nothing to end."}
              </p>
            )}
          </div>
        </section>
      </div>

      <section className="card p-0" aria-labelledby="business-heading">
        <h2 id="business-heading" className="px-6 pt-6 text-lg font-medium">Customers and subscriptions through this reseller</h2>
        {business.length === 0 ? (
          <p className="px-6 pb-6 pt-2 text-sm text-slate-600">No subscriptions yet with this reseller of record.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-4 w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-2">Customer</th>
                  <th scope="col" className="px-4 py-2">Offer</th>
                  <th scope="col" className="px-4 py-2">Quantity</th>
                  <th scope="col" className="px-4 py-2">Since</th>
                  <th scope="col" className="px-4 py-2">Status</th>
                </tr>
              </thead>
              <tbody>
                {business.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-4 py-2 font-normal">{row.customerName} ({row.customerCountry})</th>
                    <td className="px-4 py-2">{row.offerName}</td>
                    <td className="px-4 py-2 tabular-nums">{row.quantity}</td>
                    <td className="px-4 py-2">{formatDate(row.startsOn)}</td>
                    <td className="px-4 py-2">{row.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-medium">Relationship history</h2>
        {history.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Nothing recorded in CSP Partner Hub yet.</p>
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
