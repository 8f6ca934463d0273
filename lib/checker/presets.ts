// The article's eight sample scenarios as one-click starting points of the checker. Each mirrors one of the
// reference proposals in test/rules/scenario-examples.ts (presets.test.ts checks they get the same verdict).
import type { RuleId } from "@/lib/rules";
import { defaultScenario, readyPartner, type Scenario } from "./scenario";

/** The article's date: the presets ask about the program as the article describes it. */
const ARTICLE_DATE = "2020-05-12";

export interface Preset {
  id: string;
  label: string;
  /** The article's section the preset comes from. */
  section: string;
  scenario: Scenario;
  /** What the checker answers, and the rule the answer rests on. */
  expected: { allowed: boolean; rule: RuleId };
}

const base = defaultScenario(ARTICLE_DATE);
const reseller = readyPartner("indirect-reseller", "DE", "2019-12-01");
const provider = readyPartner("indirect-provider", "NL", "2019-11-01");
const directBill = readyPartner("direct-bill", "FR", "2020-01-15");

export const PRESETS: readonly Preset[] = [
  {
    id: "sell-end-to-end",
    label: "Sell end-to-end",
    section: "Sample scenario 1",
    scenario: { ...base, me: reseller, action: "sell", other: provider, relationship: "active", customerCountry: "DE" },
    expected: { allowed: true, rule: "SUPPORTED-CHAIN" },
  },
  {
    id: "another-partners-service",
    label: "Customer needs another partner's service",
    section: "Sample scenario 2",
    scenario: { ...base, me: directBill, action: "sell", customerCountry: "FR", otherPartners: 2 },
    expected: { allowed: true, rule: "MULTI-PARTNER" },
  },
  {
    id: "partner-manages-subscriptions",
    label: "Customer wants a partner to manage subscriptions",
    section: "Sample scenario 3",
    scenario: { ...base, me: reseller, action: "manage-customer-subscriptions", customerCountry: "DE", otherPartners: 1 },
    expected: { allowed: true, rule: "MULTI-CHANNEL" },
  },
  {
    id: "buy-for-own-use",
    label: "Partner buys for own use",
    section: "Sample scenario 4",
    scenario: { ...base, me: { ...provider, country: "FR" }, action: "buy-for-own-use", other: directBill, relationship: "none", tenant: "csp" },
    expected: { allowed: false, rule: "OWN-USE-SEPARATE-TENANT" },
  },
  {
    id: "sell-to-itself",
    label: "Partner sells to itself",
    section: "Sample scenario 5",
    scenario: { ...base, me: directBill, action: "sell", customerCountry: "FR", affiliation: "same-organization" },
    expected: { allowed: false, rule: "NO-SELF-OR-AFFILIATE-SALE" },
  },
  {
    id: "reseller-buys-as-customer",
    label: "Reseller buys as end customer",
    section: "Sample scenario 6",
    scenario: { ...base, me: reseller, action: "buy-for-own-use", other: reseller, relationship: "active", tenant: "shared" },
    expected: { allowed: false, rule: "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER" },
  },
  {
    id: "sell-to-another-region",
    label: "Sell to another region",
    section: "Sample scenario 7",
    scenario: { ...base, me: reseller, action: "sell", other: provider, relationship: "active", customerCountry: "BR" },
    expected: { allowed: false, rule: "SAME-REGION-SALE" },
  },
  {
    id: "link-reseller-another-region",
    label: "Link a reseller in another region",
    section: "Sample scenario 8",
    scenario: { ...base, me: provider, action: "link-provider-reseller", other: { ...reseller, country: "IN" }, relationship: "none" },
    expected: { allowed: false, rule: "SAME-REGION-RELATIONSHIP" },
  },
];
