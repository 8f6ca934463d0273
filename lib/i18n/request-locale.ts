import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { LOCALE_COOKIE, PATH_LOCALE_HEADER, defaultLocale, isLocale, localeFromAcceptLanguage, type Locale } from "./locales";

/**
 * The language of this request, once per request: the path's prefix on a public page (a shared Dutch link opens in
 * Dutch), else the signed-in user's own choice, else the visitor's choice kept in a cookie, else the browser's
 * Accept-Language, else English.
 */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const requestHeaders = await headers();
  const fromPath = requestHeaders.get(PATH_LOCALE_HEADER);
  if (isLocale(fromPath)) return fromPath;
  // Every pending step allowed: someone still proving their address reads that page in their language too.
  const actor = await getActorAllowing(ANY_PENDING_STEP).catch(() => null);
  if (actor?.locale) return actor.locale;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage(requestHeaders.get("accept-language")) ?? defaultLocale;
});
