// Public API of the rules library (browser-safe, no zod). zod schemas live in `./schema` (`@/lib/rules/schema`).
export { evaluate } from "./evaluate";
export { RULES, RULE_IDS, ruleById } from "./catalogue";
export type { Rule } from "./catalogue";
export { REGIONS, REGIONS_AS_OF, COUNTRY_CODES, regionOf, isKnownCountry, countryOptions } from "./regions";
export type { Region, RegionId, RegionLookup, CountryOption } from "./regions";
export { DIRECT_CHAIN, INDIRECT_CHAIN } from "./chains";
export { MPA_EFFECTIVE_DATE, isIsoDate } from "./dates";
export { PARTNER_ID_PATTERN, parsePartnerId } from "./partner-id";
export type { PartnerIdResult } from "./partner-id";
export { verifyMpa } from "./verify-mpa";
export type { MpaCheckResult, MpaCheckStatus, ResellerLookup } from "./verify-mpa";
export type * from "./types";
export { PROGRAM_VERSIONS, versionOn, ruleHistory, undatedChanges } from "./versions";
export type { ProgramVersion, ProgramChange, UndatedChange } from "./versions";
export { verdictSpans, spanOn, describeSpan } from "./timeline";
export type { VerdictSpan } from "./timeline";
