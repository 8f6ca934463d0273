"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localeNames, locales } from "@/lib/i18n/locales";
import type { PublicFormState } from "@/lib/validation/accounts";

type ChooseLanguage = (previous: unknown, formData: FormData) => Promise<PublicFormState<{ locale: string }>>;

/**
 * English | Nederlands: one button per language, each named in its own language. `returnTo` is the public page to come
 * back to in the chosen language (`/check?…` → `/nl/check?…`); signed-in pages simply re-render.
 */
export function LanguageSwitch({ action, returnTo }: { action: ChooseLanguage; returnTo?: string }) {
  const t = useTranslations("common");
  const current = useLocale();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex items-center gap-1 text-sm" aria-label={t("language.label")}>
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          disabled={pending}
          aria-pressed={locale === current}
          className={locale === current ? "rounded px-2 py-0.5 font-semibold text-brand-700" : "rounded px-2 py-0.5 text-slate-600 underline-offset-2 hover:underline"}
        >
          {localeNames[locale]}
        </button>
      ))}
      {state && !state.ok && (
        <span role="alert" className="text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
