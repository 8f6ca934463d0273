// Typed keys: `t("status.title")` fails the typecheck when the English catalogue has no such message.
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogue";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
