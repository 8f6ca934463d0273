import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { listPendingTerminationRequests } from "@/lib/data/termination-requests";
import { formatDate } from "@/lib/format";
import { OnboardingQueue } from "@/components/support/onboarding-queue";

export const metadata: Metadata = { title: "Support queue" };

export default async function SupportPage() {
  const actor = await requireActor(["support"]);
  const requests = await listPendingTerminationRequests(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Support queue</h1>
      <OnboardingQueue actor={actor} />
      <section className="card" aria-labelledby="termination-heading">
        <h2 id="termination-heading" className="text-lg font-medium">
          Requests to end a provider–reseller relationship
        </h2>
        {requests.length === 0 ? (
          <p className="mt-2 text-slate-600">No requests are waiting for a decision.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-100">
            {requests.map((request) => (
              <li key={request.id} className="py-3">
                <p className="font-medium">
                  {request.providerName} → {request.resellerName}
                </p>
                <p className="text-sm text-slate-600">
                  Filed {formatDate(request.createdAt)}: {request.reason}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
