// Partner Center re-authorizes indirect resellers once a year, on the anniversary of their authorization; the hub
// warns 90, 60 and 30 days before. Pure date arithmetic on ISO dates (YYYY-MM-DD, UTC), shared by pages and the job.

export const WARNING_DAYS = [90, 60, 30] as const;
export type WarningDays = (typeof WARNING_DAYS)[number];

const DAY_MS = 86_400_000;

function parse(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The anniversary in a given year; 29 February falls on 28 February in other years. */
function inYear(anniversary: Date, year: number): Date {
  const month = anniversary.getUTCMonth();
  const day = anniversary.getUTCDate();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay)));
}

/**
 * The next re-authorization date on or after `today` (never the authorization date itself: the first is a year
 * later), and how many days are left.
 */
export function nextReauthorization(anniversary: string, today: string): { dueOn: string; daysLeft: number } {
  const start = parse(anniversary);
  const now = parse(today);
  let year = Math.max(now.getUTCFullYear(), start.getUTCFullYear() + 1);
  let due = inYear(start, year);
  if (due < now) due = inYear(start, ++year);
  return { dueOn: iso(due), daysLeft: Math.round((due.getTime() - now.getTime()) / DAY_MS) };
}

/**
 * The warning due today for this many days left: the nearest threshold already reached (a missed day still sends the
 * latest warning, not the stale earlier ones). Null when no warning applies.
 */
export function warningFor(daysLeft: number): WarningDays | null {
  if (daysLeft < 0) return null;
  const reached = WARNING_DAYS.filter((days) => daysLeft <= days);
  return reached.length > 0 ? reached[reached.length - 1]! : null;
}

/** "in 45 days", "tomorrow", "today": the countdown as pages show it. */
export function countdownText(daysLeft: number): string {
  if (daysLeft === 0) return "today";
  if (daysLeft === 1) return "tomorrow";
  return `in ${daysLeft} days`;
}
