import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgotPassword"))("metaTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgotPassword");
  const remembered = t.rich("remembered", {
    link: (chunks) => (
      <Link href="/sign-in" className="font-medium text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-600">{remembered}</p>
    </main>
  );
}
