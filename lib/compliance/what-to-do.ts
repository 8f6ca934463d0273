// "What to do now" for a subscription that broke a rule on its date: the past cannot be undone, so the advice says
// what still helps (correcting the partner of record) and when nothing can be done.
import type { Party, RuleId } from "@/lib/rules";
import type { DatedPartner } from "./facts";

/** `party`: whom the finding is about (the reseller, or the billing partner when absent). */
export function whatToDoNow(ruleId: RuleId, party: Party | undefined, reseller: DatedPartner | null, biller: DatedPartner): string {
  const subject = party === "indirect-reseller" && reseller ? reseller : biller;
  switch (ruleId) {
    case "MPA-BEFORE-ASSOCIATION":
    case "MPA-BEFORE-NEW-BUSINESS":
    case "RESELLER-READINESS":
      if (reseller?.mpaAcceptedOn && reseller.enrolledOn && reseller.onboardedOn) {
        return `Correct the partner of record in Partner Center: ${reseller.legalName} is ready since ${laterOf(reseller)}; incentives for the time before cannot be recovered.`;
      }
      return `Remove ${reseller?.legalName ?? "the reseller"} as partner of record until it has joined, enrolled and accepted the MPA; until then the subscription earns no reseller incentives.`;
    case "PROVIDER-RESELLER-ACTIVE":
      return "Nothing can be done for the past: the relationship was not active that day. Record a reseller you have an active relationship with as partner of record.";
    case "MPA-REQUIRED":
      return subject.mpaAcceptedOn
        ? `Nothing can be done for the past: ${subject.legalName} accepted the MPA only on ${subject.mpaAcceptedOn}; later transactions are covered.`
        : `${subject.legalName} must accept the MPA before any further transaction; nothing can be done for the past.`;
    case "SAME-REGION-SALE":
    case "SAME-REGION-RELATIONSHIP":
      return "Move the customer to a partner in its own CSP region; a sale across regions cannot be corrected in place.";
    case "DIRECT-BILL-REQUIREMENTS":
      return "Put the missing direct-bill capabilities in place, or move these customers to an indirect provider.";
    case "NO-SELF-OR-AFFILIATE-SALE":
      return "Cancel the subscription; buy for own use from an unrelated partner instead.";
    case "SUPPORTED-CHAIN":
      return "Record the indirect reseller that made the sale as partner of record.";
    default:
      return "Review the subscription with program support.";
  }
}

function laterOf(partner: DatedPartner): string {
  return [partner.onboardedOn, partner.enrolledOn, partner.mpaAcceptedOn].filter((day): day is string => day !== null).sort().at(-1)!;
}
