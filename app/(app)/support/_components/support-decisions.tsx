import Link from "next/link";
import { useLocale } from "next-intl";
import { auditEventLabel } from "@/lib/audit/event-kinds";
import { formatDate } from "@/lib/labels";

/** One decision as this list shows it (lib/data/partner-directory.ts `listSupportDecisions` gives these). */
export type SupportDecisionItem = {
  id: number;
  occurredAt: Date;
  action: string;
  deciderName: string | null;
  note: string | null;
  organizations: { id: string; legalName: string }[];
};

/** Support's decisions (onboarding verifications and terminations), each linking to its organizations and audit event. */
export function SupportDecisions({ decisions, empty }: { decisions: SupportDecisionItem[]; empty: string }) {
  const locale = useLocale();
  if (decisions.length === 0) return <p className="mt-2 text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="mt-3 space-y-2 text-sm" data-testid="support-decisions">
      {decisions.map((decision) => (
        <li key={decision.id}>
          <time dateTime={decision.occurredAt.toISOString()} className="text-slate-600">
            {formatDate(decision.occurredAt, locale)}
          </time>{" "}
          <Link href={`/audit-log/${decision.id}`} className="text-brand-700 underline">
            {auditEventLabel(decision.action, locale)}
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
          {decision.note && <span className="text-slate-600">{` — “${decision.note}”`}</span>}
        </li>
      ))}
    </ul>
  );
}
