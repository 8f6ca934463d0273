import Link from "next/link";
import { auditEventLabel } from "@/lib/audit/event-kinds";
import type { SupportDecision } from "@/lib/data/partner-directory";
import { formatDate } from "@/lib/format";

/** Support's decisions (onboarding verifications and terminations), each linking to its organizations and audit event. */
export function SupportDecisions({ decisions, empty }: { decisions: SupportDecision[]; empty: string }) {
  if (decisions.length === 0) return <p className="mt-2 text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="mt-3 space-y-2 text-sm" data-testid="support-decisions">
      {decisions.map((decision) => (
        <li key={decision.id}>
          <time dateTime={decision.occurredAt.toISOString()} className="text-slate-600">
            {formatDate(decision.occurredAt)}
          </time>{" "}
          <Link href={`/audit-log/${decision.id}`} className="text-brand-700 underline">
            {auditEventLabel(decision.action)}
          </Link>
          {": "}
          {decision.organizations.map((organization, index) => (
            <span key={organization.id}>
              {index > 0 && " → "}
              <Link href={`/support/directory/${organization.id}`} className="underline">
                {organization.legalName}
              </Link>
            </span>
          ))}
          {decision.deciderName && <span className="text-slate-600"> · {decision.deciderName}</span>}
          {decision.note && <span className="text-slate-600"> — “{decision.note}”</span>}
        </li>
      ))}
    </ul>
  );
}
