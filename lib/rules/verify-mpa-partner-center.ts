// "Verify MPA" answered by Partner Center: its agreement-status answer (signed, or a reason code 2200–2206) read as
// the same result the local check gives, so the page and the CSV treat both alike.
import type { MpaCheckResult } from "./verify-mpa";

export type PartnerCenterAgreementAnswer = { signed: true } | { signed: false; code: number | null; description: string };

export function mpaCheckFromPartnerCenter(partnerId: string, answer: PartnerCenterAgreementAnswer): MpaCheckResult {
  if (answer.signed) {
    return { status: "mpa-accepted", ruleId: "MPA-BEFORE-ASSOCIATION", ok: true, explanation: `Partner Center has the MPA of Partner ID ${partnerId} on record.` };
  }
  switch (answer.code) {
    case 2200:
      return { status: "unknown-partner-id", code: 2200, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: `Partner Center does not know Partner ID ${partnerId} (or it has not moved to Partner Center yet). Check the digits with the reseller.` };
    case 2201:
      return { status: "other-region", code: 2201, ruleId: "SAME-REGION-RELATIONSHIP", ok: false, explanation: `Partner Center places Partner ID ${partnerId} in another CSP region; you can work only with resellers in your own region.` };
    case 2204:
      return { status: "not-enrolled", code: 2204, ruleId: "RESELLER-READINESS", ok: false, explanation: `Partner Center knows Partner ID ${partnerId} but not as an enrolled indirect reseller.` };
    case 2203:
      return { status: "mpa-not-accepted", code: 2203, ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: `Partner Center has no MPA from Partner ID ${partnerId} for your region; you cannot add it to new subscriptions yet.` };
    default:
      // Any other refusal: not ready, with Partner Center's own words, never guessed as accepted.
      return { status: "mpa-not-accepted", ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: `Partner Center did not confirm an MPA for Partner ID ${partnerId}: ${answer.description}` };
  }
}
