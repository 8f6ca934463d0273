import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { ANY_PENDING_STEP, getActorAllowing, type Actor } from "@/lib/data/actor";
import { LOCALE_COOKIE, PATH_LOCALE_HEADER, pickLocale, type Locale } from "./locales";

/**
 * The language of this request, once per request: the path's prefix on a public page (a shared Dutch link opens in
 * Dutch), else the signed-in user's own choice, else the visitor's choice kept in a cookie, else the browser's
 * Accept-Language, else English.
 */
export const getRequestLocale = cache(async (): Promise<Locale> =>
  // Every pending step allowed: someone still proving their address reads that page in their language too.
  requestLocaleFor(await getActorAllowing(ANY_PENDING_STEP).catch(() => null)),
);

/**
 * The same choice for an actor the caller already holds. A server action asks this way: React's `cache` does not
 * span an action's calls, so asking `getRequestLocale` there would read the session and the actor a second time.
 */
export async function requestLocaleFor(actor: Pick<Actor, "locale"> | null): Promise<Locale> {
  const requestHeaders = await headers();
  return pickLocale({
    path: requestHeaders.get(PATH_LOCALE_HEADER),
    account: actor?.locale,
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
}
