import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { homeOf } from "@/lib/navigation";
import { ResendVerificationForm } from "./resend-verification-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.verifyEmail"))("title") };
}

/** Where a signed-in user whose address is not confirmed yet is sent: what to do, and a new link on request. */
export default async function VerifyEmailPage() {
  const actor = await requireActor(undefined, { beforeEmailVerified: true, beforeTwoFactor: true });
  if (actor.emailVerified) redirect(homeOf(actor));
  const t = await getTranslations("auth.verifyEmail");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ResendVerificationForm email={actor.email} />
    </main>
  );
}
