import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { VerifyForm } from "./verify-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers.verify");
  return { title: t("title") };
}

export default async function VerifyPage() {
  await requireActor("reseller.verify-mpa");
  const t = await getTranslations("resellers.verify");
  const ready = t.rich("ready", { strong: (chunks) => <strong className="text-slate-900">{chunks}</strong> });
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">{t("breadcrumb")}</Link> / {t("breadcrumbHere")}</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <div className="max-w-3xl space-y-2 text-sm text-slate-600">
        <p>
          {ready}
        </p>
        <p>
          {t("codes")}
        </p>
      </div>
      <VerifyForm />
    </div>
  );
}
