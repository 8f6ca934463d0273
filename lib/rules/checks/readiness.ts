// RESELLER-READINESS and DIRECT-BILL-REQUIREMENTS: what a partner must have in place for its role.
import { MPA_EFFECTIVE_DATE, mpaAcceptedBy, onOrAfter } from "../dates";
import { citing, fail, msg, p, pass } from "../findings";
import type { Finding, MessageRef, Partner } from "../types";

const RESELLER_READINESS = citing("RESELLER-READINESS");
const DIRECT_BILL_REQUIREMENTS = citing("DIRECT-BILL-REQUIREMENTS");

/** The three steps an indirect reseller takes before new business (the MPA only once it is in force). */
export function checkResellerReadiness(reseller: Partner, on: string): Finding {
  const onboarded = reseller.onboarded === true;
  const enrolled = reseller.enrolled === true;
  const mpaNeeded = onOrAfter(on, MPA_EFFECTIVE_DATE);
  const mpaAccepted = mpaAcceptedBy(reseller.mpaAcceptedOn, on);
  const missing: MessageRef[] = [];
  if (!onboarded) missing.push(msg("stepJoin"));
  if (!enrolled) missing.push(msg("stepEnroll"));
  if (mpaNeeded && !mpaAccepted) missing.push(msg("stepMpa"));
  const facts = { onboarded, enrolled, mpaAcceptedOn: reseller.mpaAcceptedOn ?? null, on };
  if (missing.length === 0) {
    return pass(RESELLER_READINESS, msg("readyPass"), facts, "indirect-reseller");
  }
  return fail(
    RESELLER_READINESS,
    msg("readyFail", { on: p.date(on), missing: p.list(missing) }),
    facts,
    "indirect-reseller",
  );
}

const CAPABILITY_WORDS = {
  apiIntegration: msg("capApiIntegration"),
  billing: msg("capBilling"),
  support: msg("capSupport"),
  managedServices: msg("capManagedServices"),
} as const;

export function checkDirectBillRequirements(partner: Partner): Finding {
  const capabilities = partner.directBill;
  const facts = {
    apiIntegration: capabilities?.apiIntegration === true,
    billing: capabilities?.billing === true,
    support: capabilities?.support === true,
    managedServices: capabilities?.managedServices === true,
  };
  const missing: MessageRef[] = [];
  if (!facts.apiIntegration) missing.push(CAPABILITY_WORDS.apiIntegration);
  if (!facts.billing) missing.push(CAPABILITY_WORDS.billing);
  if (!facts.support) missing.push(CAPABILITY_WORDS.support);
  if (!facts.managedServices) missing.push(CAPABILITY_WORDS.managedServices);
  if (missing.length === 0) {
    return pass(DIRECT_BILL_REQUIREMENTS, msg("capPass"), facts, "direct-bill");
  }
  return fail(
    DIRECT_BILL_REQUIREMENTS,
    msg("capFail", { missing: p.list(missing) }),
    facts,
    "direct-bill",
  );
}
