// Dates, numbers, money, plurals-free counts and place names, through Intl only: one module, so every screen, email and
// export formats the same way in each language. Pure (no request state): callers pass the locale.
import type { Locale } from "./locales";

/** Intl's tag for each of our languages: Dutch as written in the Netherlands, English as in Europe (day before month). */
const intlTag: Record<Locale, string> = { en: "en-GB", nl: "nl-NL" };

/** Dates are calendar days in UTC everywhere in the product (the program's dates have no time of day). */
const UTC = "UTC";

type DateInput = Date | string | number;

/**
 * One formatter per language and kind, built on first use: constructing an Intl formatter costs far more than
 * formatting with it (a page of 50 log lines built 100 of them, about a tenth of the page's server time).
 */
function perLocale<T>(build: (tag: string) => T): (locale: Locale) => T {
  const built = new Map<Locale, T>();
  return (locale) => {
    let formatter = built.get(locale);
    if (!formatter) built.set(locale, (formatter = build(intlTag[locale])));
    return formatter;
  };
}

const dateFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { year: "numeric", month: "short", day: "numeric", timeZone: UTC }));
const timeFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: UTC }));
const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const percentFormat = perLocale((tag) => new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 }));
const relativeFormat = perLocale((tag) => new Intl.RelativeTimeFormat(tag, { numeric: "auto" }));
const listFormat = perLocale((tag) => new Intl.ListFormat(tag, { style: "long", type: "conjunction" }));
const countryNames = perLocale((tag) => new Intl.DisplayNames([tag], { type: "region", fallback: "code" }));

function toDate(value: DateInput): Date {
  if (value instanceof Date) return value;
  // A bare calendar day ("2020-02-01") is that day in UTC, not local midnight.
  return new Date(typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** 1 Feb 2020 / 1 feb 2020 (UTC, so server and browser agree and nothing mismatches on hydration). */
export function formatDate(value: DateInput, locale: Locale): string {
  return dateFormat(locale).format(toDate(value));
}

/** A moment as a log shows it, to the minute in UTC: 1 Feb 2020, 14:05 / 1 feb 2020, 14:05. */
export function formatDateTime(value: DateInput, locale: Locale): string {
  const date = toDate(value);
  const time = timeFormat(locale).format(date);
  return `${formatDate(date, locale)}, ${time}`;
}

/** 12,345 / 12.345 */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** 42% / 42%. `ratio` is 0..1. */
export function formatPercent(ratio: number, locale: Locale): string {
  return percentFormat(locale).format(ratio);
}

/** €1,234.50 / € 1.234,50 */
export function formatCurrency(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(intlTag[locale], { style: "currency", currency }).format(amount);
}

/** "3 days ago" / "3 dagen geleden", from whole seconds before `now`. */
export function formatRelative(value: DateInput, now: Date, locale: Locale): string {
  const seconds = Math.round((toDate(value).getTime() - now.getTime()) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [["day", 86_400], ["hour", 3_600], ["minute", 60]];
  const format = relativeFormat(locale);
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  return format.format(seconds, "second");
}

/** "NL" → Netherlands / Nederland; the code itself when Intl does not know it. */
export function countryName(code: string, locale: Locale): string {
  try {
    return countryNames(locale).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Items joined as a sentence: "A, B and C" / "A, B en C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return listFormat(locale).format(items);
}
