// The rules as data: what the UI lists and what every finding cites. Summaries and remedies are in our own words;
// `section` names the part of the source article ("Supported CSP partner relationships", 2020-05-12) a rule rests on.
import { en } from "./messages/en";
import type { Remedy, RuleId } from "./types";

export interface Rule {
  id: RuleId;
  title: string;
  summary: string;
  section: string;
  /** What a partner can do when the rule blocks it; empty for rules that never block. */
  remedies: Remedy[];
}

/** The catalogue's order: the order the rules are listed in, and cited by the tests. */
const ORDER: readonly RuleId[] = [
  "MPA-REQUIRED",
  "MPA-BEFORE-ASSOCIATION",
  "MPA-BEFORE-NEW-BUSINESS",
  "RESELLER-READINESS",
  "DIRECT-BILL-REQUIREMENTS",
  "SUPPORTED-CHAIN",
  "PROVIDER-RESELLER-ACTIVE",
  "MULTI-PARTNER",
  "MULTI-CHANNEL",
  "OWN-USE-SEPARATE-TENANT",
  "NO-SELF-OR-AFFILIATE-SALE",
  "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER",
  "SAME-REGION-SALE",
  "SAME-REGION-RELATIONSHIP",
  "TERMINATION-VIA-SUPPORT",
  "CUSTOMER-CONSENT",
];

/** The English words come from the rules' catalogue (`messages/en.ts`); `ruleText(id, locale)` gives other languages. */
export const RULES: readonly Rule[] = ORDER.map((id) => {
  const words = en.rules[id];
  const remedies: Record<string, { title: string; detail: string }> = words.remedies;
  return {
    id,
    title: words.title,
    summary: words.summary,
    section: words.section,
    remedies: Object.entries(remedies).map(([remedyId, remedy]): Remedy => ({ id: remedyId, ruleId: id, title: remedy.title, detail: remedy.detail })),
  };
});

const rulesById = new Map<RuleId, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule;
export function ruleById(id: string): Rule | undefined;
export function ruleById(id: string): Rule | undefined {
  return rulesById.get(id as RuleId);
}

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);
