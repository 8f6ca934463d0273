// One request per sample scenario of the article, with the verdict it must get. Used by the API tests and by
// scripts/api-examples.ts, which prints the examples in docs/api.md, so the docs cannot drift from the code.
import type { Proposal, RuleId } from "@/lib/rules/types";
import { ON, directBill, provider, reseller } from "./fixtures";

export interface ScenarioExample {
  title: string;
  proposal: Proposal;
  allowed: boolean;
  failing: RuleId[];
}

export const SCENARIO_EXAMPLES: ScenarioExample[] = [
  { title: "Sample scenario 1: end-to-end sale through provider and reseller", proposal: { action: "sell", on: ON, actor: reseller(), provider: provider(), relationship: "active", customer: { country: "DE" } }, allowed: true, failing: [] },
  { title: "Sample scenario 1: a provider sells to an end customer without a reseller", proposal: { action: "sell", on: ON, actor: provider(), customer: { country: "NL" } }, allowed: false, failing: ["SUPPORTED-CHAIN"] },
  { title: "Sample scenario 2: the customer also buys from other partners", proposal: { action: "sell", on: ON, actor: directBill(), customer: { country: "FR", otherPartners: 2 } }, allowed: true, failing: [] },
  { title: "Sample scenario 3: a customer hires another partner to manage its subscriptions", proposal: { action: "manage-customer-subscriptions", on: ON, actor: reseller(), customer: { country: "DE", otherPartners: 1 } }, allowed: true, failing: [] },
  { title: "Sample scenario 4: a partner buys for its own use into its CSP tenant", proposal: { action: "buy-for-own-use", on: ON, actor: provider({ country: "FR" }), seller: directBill(), tenant: { type: "csp", id: "csp-tenant" }, actorCspTenantId: "csp-tenant" }, allowed: false, failing: ["OWN-USE-SEPARATE-TENANT"] },
  { title: "Sample scenario 5: a partner sells to an affiliate", proposal: { action: "sell", on: ON, actor: directBill(), customer: { country: "FR" }, affiliation: "same-affiliation-group" }, allowed: false, failing: ["NO-SELF-OR-AFFILIATE-SALE"] },
  { title: "Sample scenario 6: a reseller buys as end customer of its own provider", proposal: { action: "buy-for-own-use", on: ON, actor: reseller(), seller: reseller({ partnerId: "2000055" }), sellerProvider: provider(), relationship: "active", tenant: { type: "customer" }, actorCspTenantId: "csp-tenant" }, allowed: false, failing: ["RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER"] },
  { title: "Sample scenario 6, option 2: the reseller asks to end the relationship", proposal: { action: "end-relationship", on: ON, actor: reseller(), counterparty: provider(), relationship: "active", requestedBy: "partner" }, allowed: true, failing: [] },
  { title: "Sample scenario 7: a reseller sells to a customer in another region", proposal: { action: "sell", on: ON, actor: reseller(), relationship: "active", customer: { country: "BR" } }, allowed: false, failing: ["SAME-REGION-SALE"] },
  { title: "Sample scenario 8: a provider links with a reseller in another region", proposal: { action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller({ country: "IN" }) }, allowed: false, failing: ["SAME-REGION-RELATIONSHIP"] },
];
