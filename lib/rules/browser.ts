// The rules as the checker page's browser code needs them: evaluate, the timeline and their words. Unlike the full
// entry (`@/lib/rules`) it does not load the Dutch catalogue: a page in Dutch loads `./messages/nl` as well (which
// registers it) or passes it in (`addRulesCatalogue`), so a page in English does not ship it. Everything else is the
// same code as on the server. The checker loads it after its page has hydrated (lib/checker/view.ts).
export { evaluate, localizeVerdict } from "./evaluate";
export { addRulesCatalogue, dateText, isRulesLocale } from "./text";
export type { RulesLocale } from "./text";
export type { RuleMessages } from "./messages/en";
export { verdictSpans, describeSpan } from "./timeline";
export type { VerdictSpan } from "./timeline";
export { isIsoDate } from "./dates";
export { isKnownCountry } from "./regions";
export type * from "./types";
