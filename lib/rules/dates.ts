// Dates are plain yyyy-mm-dd strings: they compare correctly as strings and need no clock or time zone.

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
