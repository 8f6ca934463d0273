import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";
import { countryOptions } from "@/lib/rules";
import { regionName } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";
import { SignUpForm } from "./sign-up-form";
import { getInvitationForVisitor } from "@/lib/data/invitations";
import { signUpInvitationSchema } from "@/lib/validation/sign-up";
import { InvitationIntro } from "../_components/invitation-intro";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("metaTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Already signed in (even with a step still owed): the home page, which sends them to that step.
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  if (actor) redirect(homeOf(actor));
  // Signing up to answer an invitation: the form starts with whom it names, and the confirmation link leads back to it.
  const token = signUpInvitationSchema.parse((await searchParams).invitation);
  const invitation = token ? await getInvitationForVisitor(token) : null;
  const prefill = invitation && token ? { email: invitation.email ?? undefined, partnerId: invitation.partnerId ?? undefined, invitation: token } : {};
  const t = await getTranslations("auth.signUp");
  const locale = (await getLocale()) as Locale;
  const countries = countryOptions(locale).map(({ code, name, regionId }) => ({ code, label: t("countryOption", { country: name, region: regionName(regionId, locale) }) }));
  const alreadyRegistered = t.rich("alreadyRegistered", {
    link: (chunks) => (
      <Link href="/sign-in" className="font-medium text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  return (
    <main className="mx-auto max-w-xl px-4 py-12">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
      {invitation && token && <InvitationIntro token={token} showSignUp={false} />}
      <SignUpForm countries={countries} prefill={prefill} />
      <p className="mt-6 text-sm text-slate-600">
        {alreadyRegistered}
      </p>
    </main>
  );
}
