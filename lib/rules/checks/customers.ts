// MULTI-PARTNER and MULTI-CHANNEL: permissive rules. They explain, they never block.
import { info, pass } from "../findings";
import { countOf } from "../labels";
import type { Customer, Finding } from "../types";

export function checkMultiPartner(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info("MULTI-PARTNER", `The customer already buys from ${countOf(others, "other partner")}. That is fine: a customer may buy different services from different partners.`, facts, "customer");
  }
  return pass("MULTI-PARTNER", "The customer may buy other services from other partners too; nothing here limits it to one partner.", facts, "customer");
}

export function checkMultiChannel(customer: Customer): Finding {
  const others = customer.otherPartners ?? 0;
  const facts = { otherPartners: others };
  if (others > 0) {
    return info("MULTI-CHANNEL", `The customer already has ${countOf(others, "other partner")} involved. It may still hire you to manage its subscriptions.`, facts, "customer");
  }
  return pass("MULTI-CHANNEL", "The customer may hire you to manage its subscriptions, alongside any other partner it chooses.", facts, "customer");
}
