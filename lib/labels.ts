// Words and formats people read, in one place: relationship states and list filters, partner types, regions, dates,
// counts. The rules'
// own words for parties and places (used in their explanations) stay in lib/rules/labels.ts.
import { REGIONS, type PartnerType, type RelationshipStatus } from "@/lib/rules";
import type { ReadinessFilter, StatusFilter } from "@/lib/validation/resellers";

import { catalogues } from "@/lib/i18n/catalogue";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import * as format from "@/lib/i18n/format";

// The lists below are read by lookups that take the language; their words live in messages/<locale>/labels.json.
const labels = (locale: Locale) => catalogues[locale].labels;

export const relationshipStatusLabel = (status: RelationshipStatus, locale: Locale = defaultLocale): string => labels(locale).relationshipStatus[status];

export const statusFilterLabel = (filter: StatusFilter, locale: Locale = defaultLocale): string =>
  filter === "live" || filter === "all" ? labels(locale).statusFilter[filter] : relationshipStatusLabel(filter, locale);

export const readinessFilterLabel = (filter: ReadinessFilter, locale: Locale = defaultLocale): string => labels(locale).readinessFilter[filter];

/** A region id as people read it ("europe" -> "Europe" / "Europa"); unknown ids are shown as they are. */
export function regionName(id: string, locale: Locale = defaultLocale): string {
  const names: Record<string, string> = labels(locale).region;
  return names[id] ?? REGIONS.find((region) => region.id === id)?.name ?? id;
}

/** Dates as partners read them, the same on server and client (UTC, so no hydration mismatch). */
export function formatDate(value: Date | string | null | undefined, locale: Locale = defaultLocale): string {
  return value ? format.formatDate(value, locale) : "";
}

/** A moment as people read it in a log: day and minute, in UTC so server and browser agree (see formatDate). */
export function formatDateTime(value: Date, locale: Locale = defaultLocale): string {
  return format.formatDateTime(value, locale);
}

const plurals = new Intl.PluralRules("en");
/** Irregular plurals the app uses; everything else takes an "s". */
const IRREGULAR: Record<string, string> = { person: "people", company: "companies" };

/**
 * "1 customer", "2 customers", "1,024 resellers", in English only: a translated screen writes its count as an ICU plural
 * message in its catalogue instead (`{count, plural, one {# klant} other {# klanten}}`).
 */
export function pluralize(count: number, singular: string, plural = IRREGULAR[singular] ?? `${singular}s`): string {
  return `${count.toLocaleString("en")} ${plurals.select(count) === "one" ? singular : plural}`;
}

/** A tenant's name marked as internal use, once: "Litware Solutions (internal use)" is not marked again. */
export function internalUseLabel(name: string, locale: Locale = defaultLocale): string {
  const mark = labels(locale).internalUse.replace("{name}", "").trim();
  return name.trim().endsWith(mark) || /\(internal use\)\s*$/i.test(name) ? name : labels(locale).internalUse.replace("{name}", name);
}

/** Partner types as people read them. */
export const partnerTypeLabel = (type: PartnerType, locale: Locale = defaultLocale): string => labels(locale).partnerType[type];
