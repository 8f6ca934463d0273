import "server-only";
import type { Tx } from "@/lib/db/client";
import { Refusal, refuse } from "@/lib/errors";
import { accountThrottleKey, recordFailure, secondsThrottled } from "./sign-in";

/**
 * Signed-in users re-enter a secret to change their credentials (the current password, a two-factor code). A stolen
 * session must not be a way to guess them without limit, so these checks count on the account's sign-in throttle:
 * wrong answers here and at sign-in add up, and while the account is paused even the right answer is refused.
 */

export function tooManyAttempts(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** Refuses while the account is paused, before the secret is looked at. */
export async function refuseWhileThrottled(tx: Tx, email: string): Promise<void> {
  const seconds = await secondsThrottled(tx, [accountThrottleKey(email)]);
  if (seconds > 0) refuse(tooManyAttempts(seconds));
}

/**
 * Refuses a wrong secret and counts the failure once the action's transaction has rolled back (written inside it,
 * the count would roll back with the refusal).
 */
export function refuseWrongSecret(email: string, message: string, fieldErrors: Record<string, string[]>): never {
  throw new Refusal(message, fieldErrors, () => recordFailure([accountThrottleKey(email)]));
}
