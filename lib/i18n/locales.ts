// The languages the product speaks. Pure: used by the proxy, the server, the browser and the rules' catalogues.
export const locales = ["en", "nl"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The name of each language in itself, for the switch (a Dutch reader looks for "Nederlands", not "Dutch"). */
export const localeNames: Record<Locale, string> = { en: "English", nl: "Nederlands" };

/** Set by the proxy on a public page asked for by its language prefix (`/nl/check`); a browser's own value is removed. */
export const PATH_LOCALE_HEADER = "x-path-locale";

/** The cookie that keeps an anonymous visitor's choice (a signed-in user's choice is kept on their account). */
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The first supported language of an `Accept-Language` header, by quality then order ("nl-BE,nl;q=0.9,en;q=0.8" → nl);
 * null when it names none of ours.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = quality === undefined ? 1 : Number(quality.slice(2));
      return { language: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/**
 * The one order that decides a request's language, whoever gathers the facts: the public page's path prefix, else the
 * signed-in user's own choice, else the browser's cookie, else Accept-Language, else English.
 */
export function pickLocale(facts: { path?: string | null; account?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  for (const chosen of [facts.path, facts.account, facts.cookie]) if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(facts.acceptLanguage) ?? defaultLocale;
}

/**
 * The public pages that may carry their language in the path, so a shared Dutch link opens in Dutch (`/nl/check`).
 * The proxy strips the prefix and passes the language on; signed-in pages never carry it.
 */
export const LOCALIZED_PUBLIC_PATHS = ["/check", "/rules"] as const;

/** `/nl/check?x=1` → { locale: "nl", pathname: "/check" }; null for any other path. */
export function splitLocalePrefix(pathname: string): { locale: Locale; pathname: string } | null {
  const match = /^\/([a-z]{2})(\/.*)$/.exec(pathname);
  if (!match || !isLocale(match[1])) return null;
  const rest = match[2]!;
  const allowed = LOCALIZED_PUBLIC_PATHS.some((path) => rest === path || rest.startsWith(path + "/"));
  return allowed ? { locale: match[1], pathname: rest } : null;
}

/** The path of a public page in a language: English keeps the plain path, others get their prefix. */
export function localizedPublicPath(pathname: string, locale: Locale): string {
  return locale === defaultLocale ? pathname : `/${locale}${pathname}`;
}
