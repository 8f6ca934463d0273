import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";
import { safeReturnPath } from "@/lib/validation/auth";
import { SignInForm } from "./sign-in-form";
import { InvitationIntro, invitationTokenIn } from "../_components/invitation-intro";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("metaTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  const invitationToken = invitationTokenIn(returnTo);
  // Signed in but still owing a step: the form would not help; the page they go to sends them to that step.
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  if (actor) redirect(returnTo ?? homeOf(actor));
  const t = await getTranslations("auth.signIn");
  const link = (href: string) => {
    const LinkTo = (chunks: React.ReactNode) => (
      <Link href={href} className="font-medium text-brand-700 underline">
        {chunks}
      </Link>
    );
    return LinkTo;
  };
  const newReseller = t.rich("newReseller", { link: link(invitationToken ? `/sign-up?invitation=${invitationToken}` : "/sign-up") });
  const tryChecker = t.rich("tryChecker", { link: link("/check") });
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
      {params.verified === "1" && (
        <p role="status" className="mt-6 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          {t("verified")}
        </p>
      )}
      {params.reset === "1" && (
        <p role="status" className="mt-6 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          {t("reset")}
        </p>
      )}
      {params.joined === "1" && (
        <p role="status" className="mt-6 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          {t("joined")}
        </p>
      )}
      {invitationToken && <InvitationIntro token={invitationToken} showSignUp />}
      <SignInForm returnTo={returnTo} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">{newReseller}</p>
      <p className="mt-4 text-sm text-slate-600">{tryChecker}</p>
    </main>
  );
}
