// MULTI-PARTNER and MULTI-CHANNEL: permissive rules. They explain, they never block.
import { fail, info, pass } from "../findings";
import type { Customer, Finding } from "../types";

export function checkMultiPartner(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info("MULTI-PARTNER", `The customer already buys from ${others} other partner(s). That is fine: a customer may buy different services from different partners.`, facts, "customer");
  }
  return pass("MULTI-PARTNER", "The customer may buy other services from other partners too; nothing here limits it to one partner.", facts, "customer");
}

export function checkMultiChannel(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info("MULTI-CHANNEL", `The customer already has ${others} other partner(s) involved. It may still hire you to manage its subscriptions.`, facts, "customer");
  }
  return pass("MULTI-CHANNEL", "The customer may hire you to manage its subscriptions, alongside any other partner it chooses.", facts, "customer");
}

// CUSTOMER-CONSENT: the customer's say. The rules do not look up consent; they judge the fact they are given.
export function checkCustomerConsent(customer: Customer, act: "sell" | "manage"): Finding {
  const facts = { consent: customer.consent ?? "missing" };
  if (customer.consent === "not-needed") return pass("CUSTOMER-CONSENT", "A first sale to a customer you bring yourself needs no request: the sale creates the relationship.", facts, "customer");
  if (customer.consent === "accepted") return pass("CUSTOMER-CONSENT", "The customer's admin accepted your request.", facts, "customer");
  return fail(
    "CUSTOMER-CONSENT",
    act === "sell"
      ? "The customer already works with another partner; it must accept your reseller relationship request before your first sale."
      : "The customer's admin has not accepted a request from you to manage its subscriptions.",
    facts,
    "customer",
  );
}
