// Public API of the rules library (browser-safe, no zod). zod schemas live in `./schema` (`@/lib/rules/schema`).
// This entry speaks English and Dutch; the checker page's browser code uses `./browser`, which leaves the Dutch words
// to the page that needs them.
import "./messages/nl";
export { evaluate, localizeVerdict } from "./evaluate";
export {
  RULES_LOCALES,
  addRulesCatalogue,
  isRulesLocale,
  rulesMessages,
  formatMessage,
  explainFinding,
  ruleText,
  remedyText,
  localizeFinding,
  localizeRemedy,
  versionText,
  changeText,
  partyText,
  regionText,
  statusText,
  placeText,
  usdText,
  dateText,
  listText,
  fill,
} from "./text";
export type { RulesLocale } from "./text";
export type { RuleMessages } from "./messages/en";
export { RULES, RULE_IDS, ruleById } from "./catalogue";
export type { Rule } from "./catalogue";
export { REGIONS, REGIONS_AS_OF, COUNTRY_CODES, regionOf, isKnownCountry, countryOptions } from "./regions";
export type { Region, RegionId, RegionLookup, CountryOption } from "./regions";
export { DIRECT_CHAIN, INDIRECT_CHAIN } from "./chains";
export { MPA_EFFECTIVE_DATE, isIsoDate } from "./dates";
export { PARTNER_ID_PATTERN, parsePartnerId } from "./partner-id";
export type { PartnerIdResult } from "./partner-id";
export { checkMpa, describeMpaCheck, verifyMpa } from "./verify-mpa";
export type { MpaCheck, MpaCheckResult, MpaCheckStatus, ResellerLookup } from "./verify-mpa";
export type * from "./types";
export { readinessOf, requirementLabel, requirementsFor, RESELLER_REQUIREMENTS, DIRECT_BILL_REQUIREMENTS } from "./readiness";
export type { ReadinessItem, ReadinessRequirement, ProviderLinks } from "./readiness";
export { PROGRAM_VERSIONS, versionOn, ruleHistory, undatedChanges, localizeVersion } from "./versions";
export type { ProgramVersion, ProgramChange, UndatedChange } from "./versions";
export { verdictSpans, spanOn, describeSpan } from "./timeline";
export type { VerdictSpan } from "./timeline";
