import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedPublicPath } from "@/lib/i18n/locales";
import { chooseLanguageForm } from "@/app/language/actions";
import { LanguageSwitch } from "./language-switch";

/**
 * Header of the public pages (checker, rules): where to go next, signed in or not, and the language switch.
 * `returnTo` is this page with its query, so switching language comes back to the same page (`/nl/check?…`).
 */
export async function PublicHeader({ home, returnTo }: { home: { href: string; label: string }; returnTo?: string }) {
  const t = await getTranslations("nav");
  const locale = await getLocale();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label={t("main")} className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <Link href="/" className="font-semibold text-brand-700">
          CSP Partner Hub
        </Link>
        <Link href={localizedPublicPath("/check", locale)} className="text-slate-700 underline-offset-2 hover:underline">
          {t("check")}
        </Link>
        <Link href={localizedPublicPath("/rules", locale)} className="text-slate-700 underline-offset-2 hover:underline">
          {t("rules")}
        </Link>
        <span className="ml-auto flex flex-wrap items-center gap-3">
          <LanguageSwitch action={chooseLanguageForm} returnTo={returnTo} />
          <Link href={home.href} className="font-medium text-brand-700">
            {home.label}
          </Link>
        </span>
      </nav>
    </header>
  );
}
