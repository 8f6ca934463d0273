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
