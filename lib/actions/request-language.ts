import "server-only";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { getRequestLocale, requestLocaleFor } from "@/lib/i18n/request-locale";
import type { Actor } from "@/lib/data/actor";
import { localizeResult } from "@/lib/i18n/localize-message";

/** The request's language; English when there is no request to ask (a script, a job). */
export async function requestLanguage(): Promise<Locale> {
  try {
    return await getRequestLocale();
  } catch {
    return defaultLocale;
  }
}

/** The same for the actor an action already holds, without reading the session again (`requestLocaleFor`). */
export async function requestLanguageOf(actor: Pick<Actor, "locale">): Promise<Locale> {
  try {
    return await requestLocaleFor(actor);
  } catch {
    return defaultLocale;
  }
}

/**
 * A form's answer in the request's language: a refusal's message and field messages are translated, a success is
 * returned as it is (the language is looked up only for a refusal).
 */
export async function inRequestLanguage<R>(result: R): Promise<R> {
  if (!result || typeof result !== "object" || (result as { ok?: unknown }).ok !== false) return result;
  return localizeResult(result, await requestLanguage());
}
