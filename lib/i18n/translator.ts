// A translator for code that runs outside a page: actions, the data layer, emails, jobs and the API. Pages and
// components use next-intl's own `getTranslations` / `useTranslations`; both read the same catalogues.
import { createTranslator } from "next-intl";
import { catalogues } from "./catalogue";
import type { Locale } from "./locales";

type Catalogue = (typeof catalogues)["en"];
const built = new Map<string, unknown>();

/**
 * `translator("nl", "email")("invitation.subject", { provider })`. One translator per language and namespace, kept:
 * the catalogues never change while the process runs, and a translator caches each message it has parsed, so a
 * list that labels 50 rows parses each label once instead of building a translator (and parsing again) per row.
 */
export function translator<Namespace extends keyof Catalogue>(locale: Locale, namespace: Namespace) {
  const key = `${locale}:${namespace}`;
  let translate = built.get(key) as ReturnType<typeof createTranslator<Catalogue, Namespace>> | undefined;
  if (!translate) built.set(key, (translate = createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: "UTC" })));
  return translate;
}
