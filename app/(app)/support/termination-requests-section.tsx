import { getLocale, getTranslations } from "next-intl/server";
import { listDecidedTerminationRequests, listPendingTerminationRequests } from "@/lib/data/termination-requests";
import type { Actor } from "@/lib/data/actor";
import { formatDate, relationshipStatusLabel } from "@/lib/labels";
import { TerminationDecisionForm } from "./termination-decision-form";
import { EmptyState } from "@/components/ui/empty-state";

/** Program support's queue of requests to end a provider–reseller relationship, and its recent decisions. */
export async function TerminationRequestsSection({ actor }: { actor: Actor }) {
  const [pending, decided, t, locale] = await Promise.all([
    listPendingTerminationRequests(actor),
    listDecidedTerminationRequests(actor),
    getTranslations("support.termination"),
    getLocale(),
  ]);
  return (
    <section className="card" aria-labelledby="termination-heading">
      <h2 id="termination-heading" className="text-lg font-medium">{t("heading")}</h2>
      {pending.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="mt-4 divide-y divide-slate-100">
          {pending.map((request) => (
            <li key={request.id} className="space-y-2 py-4" aria-label={t("pair", { provider: request.providerName, reseller: request.resellerName })}>
              <p className="font-medium">
                {request.providerName} ({request.providerPartnerId}) → {request.resellerName} ({request.resellerPartnerId})
              </p>
              <p className="text-sm text-slate-600">
                {request.requestedByName
                  ? t("filedBy", { date: formatDate(request.createdAt, locale), name: request.requestedByName, status: relationshipStatusLabel(request.previousStatus, locale).toLowerCase() })
                  : t("filed", { date: formatDate(request.createdAt, locale), status: relationshipStatusLabel(request.previousStatus, locale).toLowerCase() })}
              </p>
              <blockquote className="border-l-2 border-slate-300 pl-3 text-sm">{request.reason}</blockquote>
              <TerminationDecisionForm
                requestId={request.id}
                label={t("pair", { provider: request.providerName, reseller: request.resellerName })}
                parties={{ provider: request.providerName, reseller: request.resellerName, activeSubscriptions: request.activeSubscriptions }}
              />
            </li>
          ))}
        </ul>
      )}
      {decided.length > 0 && (
        <details className="mt-6" open>
          <summary className="cursor-pointer text-sm font-medium">{t("recent", { count: decided.length })}</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {decided.map((request) => (
              <li key={request.id}>
                {t("decidedLine", { date: formatDate(request.decidedAt, locale), provider: request.providerName, reseller: request.resellerName, status: request.status })}
                {request.decisionNote && ` — “${request.decisionNote}”`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
