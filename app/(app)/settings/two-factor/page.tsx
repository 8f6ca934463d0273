import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { getTwoFactorStatus } from "@/lib/data/two-factor";
import { formatDate } from "@/lib/labels";
import { TwoFactorPanel } from "./two-factor-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.twoFactor"))("heading") };
}

export default async function TwoFactorPage() {
  const actor = await requireActor(undefined, { beforeTwoFactor: true });
  const status = await getTwoFactorStatus(actor);
  const t = await getTranslations("settings.twoFactor");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {actor.mustEnrolTwoFactor && (
        <p className="card border-amber-300 bg-amber-50 text-sm" role="status">
          {t("organizationRequires", { organization: actor.organizationName ?? "" })}
        </p>
      )}
      <section className="card" aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-lg font-medium">
          {status.enabledAt ? t("onSinceDate", { date: formatDate(status.enabledAt, locale) }) : t("notSetUp")}
        </h2>
        <TwoFactorPanel
          enabled={Boolean(status.enabledAt)}
          recoveryCodesLeft={status.recoveryCodesLeft}
          organizationRequires={status.organizationRequires}
        />
      </section>
      <p>
        <Link href="/settings" className="text-brand-700 underline">
          {t("backToSettings")}
        </Link>
      </p>
    </div>
  );
}
