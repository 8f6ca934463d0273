// next-intl's per-request configuration (named in next.config.js): the request's language and its catalogue.
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "./catalogue";
import { getRequestLocale } from "./request-locale";

export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  // Every date the product shows is a calendar day or a moment in UTC (lib/i18n/format.ts says why).
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});
