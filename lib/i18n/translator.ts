// A translator for code that runs outside a page: actions, the data layer, emails, jobs and the API. Pages and
// components use next-intl's own `getTranslations` / `useTranslations`; both read the same catalogues.
import { createTranslator } from "next-intl";
import { catalogues } from "./catalogue";
import type { Locale } from "./locales";

/** `translator("nl", "email")("invitation.subject", { provider })` */
export function translator<Namespace extends keyof (typeof catalogues)["en"]>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: "UTC" });
}
