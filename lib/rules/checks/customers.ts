// MULTI-PARTNER and MULTI-CHANNEL: permissive rules. They explain, they never block.
import { fail, info, msg, p, pass } from "../findings";
import type { Customer, Finding } from "../types";

export function checkMultiPartner(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info("MULTI-PARTNER", msg("multiPartnerOthers", { others: p.otherPartners(others) }), facts, "customer");
  }
  return pass("MULTI-PARTNER", msg("multiPartnerNone"), facts, "customer");
}

export function checkMultiChannel(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info("MULTI-CHANNEL", msg("multiChannelOthers", { others: p.otherPartners(others) }), facts, "customer");
  }
  return pass("MULTI-CHANNEL", msg("multiChannelNone"), facts, "customer");
}

// CUSTOMER-CONSENT: the customer's say. The rules do not look up consent; they judge the fact they are given.
export function checkCustomerConsent(customer: Customer, act: "sell" | "manage"): Finding {
  const facts = { consent: customer.consent ?? "missing" };
  if (customer.consent === "not-needed") return pass("CUSTOMER-CONSENT", msg("consentNotNeeded"), facts, "customer");
  if (customer.consent === "accepted") return pass("CUSTOMER-CONSENT", msg("consentAccepted"), facts, "customer");
  return fail(
    "CUSTOMER-CONSENT",
    act === "sell"
      ? msg("consentMissingSell")
      : msg("consentMissingManage"),
    facts,
    "customer",
  );
}
