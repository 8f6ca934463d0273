// MULTI-PARTNER and MULTI-CHANNEL: permissive rules. They explain, they never block.
import { citing, fail, info, msg, p, pass } from "../findings";
import type { Customer, Finding } from "../types";

const MULTI_PARTNER = citing("MULTI-PARTNER");
const MULTI_CHANNEL = citing("MULTI-CHANNEL");
const CUSTOMER_CONSENT = citing("CUSTOMER-CONSENT");

export function checkMultiPartner(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info(MULTI_PARTNER, msg("multiPartnerOthers", { others: p.otherPartners(others) }), facts, "customer");
  }
  return pass(MULTI_PARTNER, msg("multiPartnerNone"), facts, "customer");
}

export function checkMultiChannel(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info(MULTI_CHANNEL, msg("multiChannelOthers", { others: p.otherPartners(others) }), facts, "customer");
  }
  return pass(MULTI_CHANNEL, msg("multiChannelNone"), facts, "customer");
}

// CUSTOMER-CONSENT: the customer's say. The rules do not look up consent; they judge the fact they are given.
export function checkCustomerConsent(customer: Customer, act: "sell" | "manage"): Finding {
  const facts = { consent: customer.consent ?? "missing" };
  if (customer.consent === "not-needed") return pass(CUSTOMER_CONSENT, msg("consentNotNeeded"), facts, "customer");
  if (customer.consent === "accepted") return pass(CUSTOMER_CONSENT, msg("consentAccepted"), facts, "customer");
  return fail(
    CUSTOMER_CONSENT,
    act === "sell"
      ? msg("consentMissingSell")
      : msg("consentMissingManage"),
    facts,
    "customer",
  );
}
