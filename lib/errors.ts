/**
 * Refusals: the expected "no" of a request, with a message for the user. The base of the server: the data layer
 * throws them, `defineAction` turns them into `{ ok: false }` after rolling back. Nothing here imports the app.
 *
 * Messages are written in English, and the English text is the message's id: messages/en/errors.json (or
 * validation.json) holds each one, and messages/nl the same key in Dutch. `defineAction` and the public forms answer
 * in the request's language (lib/i18n/localize-message.ts); logs and the partner API keep the English.
 * lib/i18n/localize-message.test.ts fails for a message written here without a catalogue entry.
 */
import type { Locale } from "@/lib/i18n/locales";

/**
 * Thrown to refuse with a message for the user; the transaction rolls back. `afterRollback` runs once it has, for the
 * one kind of write a refusal must keep: counting a failed attempt (see secret-check-throttle).
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly afterRollback?: () => Promise<void>,
  ) {
    super(message);
  }

  /**
   * For a message no catalogue entry can hold whole (a lead followed by the rules' own findings): how to word it in
   * another language. Without it the message is looked up by its English text.
   */
  inLanguage?: (locale: Locale) => string;
}

export function refuse(message: string, fieldErrors?: Record<string, string[]>): never {
  throw new Refusal(message, fieldErrors);
}

/** Refuses with `message` in English and `inLanguage` for other languages (see `Refusal.inLanguage`). */
export function refuseWorded(message: string, inLanguage: (locale: Locale) => string, fieldErrors?: Record<string, string[]>): never {
  const refusal = new Refusal(message, fieldErrors);
  refusal.inLanguage = inLanguage;
  throw refusal;
}

export const NOT_ALLOWED = "You are not allowed to do this.";
export const SIGNED_OUT = "Your session has ended. Sign in again.";
export const TWO_FACTOR_FIRST = "Your organization requires two-factor sign-in. Set it up in Settings first.";
export const VERIFY_EMAIL_FIRST = "Verify your email address first: open the link we sent you, or ask for a new one.";
/** The one answer for a record that does not exist and for one the actor may not see, so ids leak nothing. */
export const NOT_FOUND = "We could not find that record.";
export const NOT_A_FORM = "The request was not a form submission.";

/** Refuses with the same answer a missing record gets; use it for another organization's ids too. */
export function refuseNotFound(): never {
  throw new Refusal(NOT_FOUND);
}
