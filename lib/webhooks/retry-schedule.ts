/**
 * When a failed delivery is tried again: 5 s, then 5 times longer each time (25 s, 2 min, 10 min, 52 min, 4.3 h), at most
 * 5 hours apart, for 24 hours after the delivery started; an attempt that would come later is not made and the
 * delivery is failed.
 */
export const RETRY_WINDOW_MS = 24 * 3600 * 1000;
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 5 * 3600 * 1000;

/** The wait before attempt `attempts + 1`, after `attempts` failed ones. */
export function retryWaitMs(attempts: number): number {
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 5 ** Math.max(0, attempts - 1));
}

/** The time of the next attempt, or null when it would fall outside the 24-hour window (the delivery has failed). */
export function nextAttemptAt(windowStartedAt: Date, attempts: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryWaitMs(attempts));
  return next.getTime() - windowStartedAt.getTime() > RETRY_WINDOW_MS ? null : next;
}
