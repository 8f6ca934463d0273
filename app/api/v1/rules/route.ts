// GET /api/v1/rules: the rule catalogue (id, title, summary, section, remedies), the program's dated versions, and
// the region-table changes known only as a range of dates (listed, never applied). Titles, summaries and remedies
// follow `Accept-Language` (English or Dutch).
import { PROGRAM_VERSIONS, RULES, localizeRemedy, localizeVersion, ruleText, undatedChanges } from "@/lib/rules";
import table from "@/lib/rules/regions.json";
import { defaultLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

export function GET(request?: Request): Response {
  const locale = localeFromAcceptLanguage(request?.headers.get("accept-language")) ?? defaultLocale;
  const rules = locale === defaultLocale ? RULES : RULES.map((rule) => ({ ...rule, ...ruleText(rule.id, locale), remedies: rule.remedies.map((remedy) => localizeRemedy(remedy, locale)) }));
  const versions = PROGRAM_VERSIONS.map((version) => localizeVersion(version, locale));
  return Response.json({ rules, versions, undatedChanges: undatedChanges(table.laterChanges) }, { headers: { vary: "Accept-Language" } });
}
