import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";

const intlTag: Record<Locale, string> = { en: "en-GB", nl: "nl-NL" };

/**
 * Tells a member who in the organization may take an admin-only step. `what` is the step as a verb phrase in the
 * page's language ("accept the MPA" / "de MPA accepteren"); it completes "Only an organization admin can …".
 */
export function AdminsOnly({ admins, what }: { admins: string[]; what: string }) {
  const t = useTranslations("common");
  const locale = useLocale() as Locale;
  // "Ask Ann or Bob." — the names as one "or" list in the page's language.
  const names = new Intl.ListFormat(intlTag[locale] ?? "en-GB", { style: "long", type: "disjunction" }).format(admins);
  return (
    <p className="mt-2 text-sm text-slate-600">
      {t("adminsOnly.only", { what })} {admins.length > 0 ? t("adminsOnly.ask", { names }) : t("adminsOnly.noAdmin")}
    </p>
  );
}
