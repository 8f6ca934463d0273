// Dates are plain yyyy-mm-dd strings: they compare correctly as strings and need no clock or time zone.
import type { RulesLocale } from "./messages/catalogues";

/** From this date every partner that transacts in CSP must have accepted the MPA. */
export const MPA_EFFECTIVE_DATE = "2020-02-01";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** True when `date` is the same day as `reference` or later. */
export function onOrAfter(date: string, reference: string): boolean {
  return date >= reference;
}

/** True when the MPA counts as accepted on `on`: it was accepted on that day or earlier. */
export function mpaAcceptedBy(mpaAcceptedOn: string | null | undefined, on: string): boolean {
  return typeof mpaAcceptedOn === "string" && mpaAcceptedOn <= on;
}

/** The same day `years` years earlier, as a string ("2024-02-29" gives "2023-02-29", which still compares right). */
export function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

/**
 * The latest anniversary of `since` that is on or before `on` and at least a year after `since`, or null when the
 * first anniversary is still to come.
 */
export function latestAnniversary(since: string, on: string): string | null {
  const year = Number(on.slice(0, 4));
  const monthDay = since.slice(4);
  let candidate = `${year}${monthDay}`;
  if (candidate > on) candidate = `${year - 1}${monthDay}`;
  return candidate > since ? candidate : null;
}

/** The day before an ISO date, and the day after (for showing spans of dates). */
export function dayBefore(date: string): string {
  return shiftDays(date, -1);
}

export function dayAfter(date: string): string {
  return shiftDays(date, 1);
}

function shiftDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

// How a date reads in a language. Here rather than in `text.ts` so that a page can show dates without loading the
// rules' catalogue (the checker's panels before its rules have loaded).
const NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** English keeps the ISO date the rules cite; Dutch reads "1 februari 2020". */
export function dateText(iso: string, locale: RulesLocale | string = "en"): string {
  if (locale !== "nl" || !isIsoShape(iso)) return iso;
  const month = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const day = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  return `${day} ${NL_MONTHS[month - 1]} ${iso.slice(0, 4)}`;
}

/** `dddd-dd-dd` (any digits, as the date pattern reads it), checked without a regex. */
function isIsoShape(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let index = 0; index < 10; index++) {
    if (index === 4 || index === 7) continue;
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
