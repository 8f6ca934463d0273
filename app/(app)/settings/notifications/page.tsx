import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { getOwnNotificationPreferences } from "@/lib/data/notifications";
import { PreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requireActor("notifications.manage");
  const preferences = await getOwnNotificationPreferences(actor);
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> / Notifications
      </p>
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <p className="text-sm text-slate-600">
        For each kind of notification, choose whether it only appears under the bell, also reaches you by email at{" "}
        {actor.email}, or not at all. Things you must act on start with email on.
      </p>
      <PreferencesForm preferences={preferences.map(({ kind, label, delivery }) => ({ kind, label, delivery }))} />
    </div>
  );
}
