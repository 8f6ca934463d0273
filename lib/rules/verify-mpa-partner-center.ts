// "Verify MPA" answered by Partner Center: its agreement-status answer (signed, or a reason code 2200–2206) read as
// the same check the local one gives, so the page and the CSV treat both alike (worded by `describeMpaCheck`).
import type { MpaCheck } from "./verify-mpa";

export type PartnerCenterAgreementAnswer = { signed: true } | { signed: false; code: number | null; description: string };

export function mpaCheckFromPartnerCenter(answer: PartnerCenterAgreementAnswer): MpaCheck {
  if (answer.signed) return { status: "mpa-accepted", partnerCenter: {} };
  switch (answer.code) {
    case 2200:
      return { status: "unknown-partner-id", partnerCenter: {} };
    case 2201:
      return { status: "other-region", partnerCenter: {} };
    case 2204:
      return { status: "not-enrolled", partnerCenter: {} };
    case 2203:
      return { status: "mpa-not-accepted", partnerCenter: {} };
    default:
      // Any other refusal: not ready, with Partner Center's own words, never guessed as accepted.
      return { status: "mpa-not-accepted", partnerCenter: { refusal: answer.description } };
  }
}
