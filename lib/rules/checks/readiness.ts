// RESELLER-READINESS and DIRECT-BILL-REQUIREMENTS: what a partner must have in place for its role.
import { MPA_EFFECTIVE_DATE, mpaAcceptedBy, onOrAfter } from "../dates";
import { fail, pass } from "../findings";
import { listWords } from "../labels";
import type { Finding, Partner } from "../types";

/** The three steps an indirect reseller takes before new business (the MPA only once it is in force). */
export function checkResellerReadiness(reseller: Partner, on: string): Finding {
  const onboarded = reseller.onboarded === true;
  const enrolled = reseller.enrolled === true;
  const mpaNeeded = onOrAfter(on, MPA_EFFECTIVE_DATE);
  const mpaAccepted = mpaAcceptedBy(reseller.mpaAcceptedOn, on);
  const missing: string[] = [];
  if (!onboarded) missing.push("join Partner Center");
  if (!enrolled) missing.push("enroll as an indirect reseller");
  if (mpaNeeded && !mpaAccepted) missing.push("accept the MPA");
  const facts = { onboarded, enrolled, mpaAcceptedOn: reseller.mpaAcceptedOn ?? null, on };
  if (missing.length === 0) {
    return pass("RESELLER-READINESS", "The reseller has joined Partner Center, enrolled as an indirect reseller and accepted the MPA.", facts, "indirect-reseller");
  }
  return fail(
    "RESELLER-READINESS",
    `The reseller is not ready for new business on ${on}: it still has to ${listWords(missing)}.`,
    facts,
    "indirect-reseller",
  );
}

const CAPABILITY_WORDS = {
  apiIntegration: "API integration with Microsoft",
  billing: "billing its customers",
  support: "customer support",
  managedServices: "managed services",
} as const;

export function checkDirectBillRequirements(partner: Partner): Finding {
  const capabilities = partner.directBill;
  const facts = {
    apiIntegration: capabilities?.apiIntegration === true,
    billing: capabilities?.billing === true,
    support: capabilities?.support === true,
    managedServices: capabilities?.managedServices === true,
  };
  const missing = (Object.keys(CAPABILITY_WORDS) as (keyof typeof CAPABILITY_WORDS)[])
    .filter((key) => !facts[key])
    .map((key) => CAPABILITY_WORDS[key]);
  if (missing.length === 0) {
    return pass("DIRECT-BILL-REQUIREMENTS", "The partner has API integration with Microsoft and provides billing, support and managed services.", facts, "direct-bill");
  }
  return fail(
    "DIRECT-BILL-REQUIREMENTS",
    `A direct-bill partner must offer all four capabilities; this one lacks ${listWords(missing)}.`,
    facts,
    "direct-bill",
  );
}
