import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/data/require-actor";
import { ChangeEmailForm } from "./change-email-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.email"))("title") };
}

export default async function ChangeEmailPage() {
  const actor = await requireActor();
  const t = await getTranslations("settings");
  const intro = t.rich("email.intro", { email: actor.email, strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <div className="max-w-xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{t("title")}</Link> / {t("email.breadcrumb")}
      </p>
      <h1 className="text-2xl font-semibold">{t("email.title")}</h1>
      <section className="card">
        <p className="text-sm text-slate-600">{intro}</p>
        <ChangeEmailForm />
      </section>
    </div>
  );
}
