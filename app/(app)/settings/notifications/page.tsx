import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notificationKindLabel } from "@/lib/notifications/labels";
import type { Locale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/data/require-actor";
import { getOwnNotificationPreferences } from "@/lib/data/notifications";
import { PreferencesForm } from "./preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.notifications"))("metaTitle") };
}

export default async function NotificationSettingsPage() {
  const actor = await requireActor("notifications.manage");
  const preferences = await getOwnNotificationPreferences(actor);
  const t = await getTranslations("settings");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{t("title")}</Link> / {t("notifications.title")}
      </p>
      <h1 className="text-2xl font-semibold">{t("notifications.title")}</h1>
      <p className="text-sm text-slate-600">{t("notifications.intro", { email: actor.email })}</p>
      <PreferencesForm preferences={preferences.map(({ kind, delivery }) => ({ kind, label: notificationKindLabel(kind, locale), delivery }))} />
    </div>
  );
}
