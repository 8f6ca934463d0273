"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NOT_A_FORM } from "@/lib/errors";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { saveOwnLocale } from "@/lib/data/locale";
import { LOCALE_COOKIE, LOCALIZED_PUBLIC_PATHS, localizedPublicPath, locales } from "@/lib/i18n/locales";
import type { PublicFormState } from "@/lib/validation/accounts";

/** A public page that can carry its language in the path, with its query (`/check?chain=…`): nowhere else. */
const publicPageWithQuery = z
  .string()
  .max(4_000)
  .refine((value) => LOCALIZED_PUBLIC_PATHS.some((path) => value === path || value.startsWith(`${path}?`) || value.startsWith(`${path}/`)));

const chooseLanguageSchema = z.object({ locale: z.enum(locales), returnTo: publicPageWithQuery.optional() });

/**
 * Public (the language switch in every header and in Settings): the browser keeps the choice in a cookie; a signed-in
 * user's account keeps it too, so it follows them to any browser. The page re-renders in the new language.
 */
export async function chooseLanguageForm(previous: unknown, formData: FormData): Promise<PublicFormState<{ locale: string }>> {
  return inRequestLanguage(await chooseLanguageFormInEnglish(previous, formData));
}

async function chooseLanguageFormInEnglish(_previous: unknown, formData: FormData): Promise<PublicFormState<{ locale: string }>> {
  if (!(formData instanceof FormData)) return { ok: false, error: NOT_A_FORM };
  const parsed = chooseLanguageSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: "Choose English or Nederlands." };
  const { locale } = parsed.data;
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  if (actor) await saveOwnLocale(actor, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  // A public page carries its language in the path: back to the same page, in the chosen language.
  if (parsed.data.returnTo) redirect(localizedPublicPath(parsed.data.returnTo, locale));
  revalidatePath("/", "layout");
  return { ok: true, data: { locale } };
}
