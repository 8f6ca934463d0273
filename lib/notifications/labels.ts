import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { NotificationDeliveryChoice, NotificationKind } from "./kinds";

/**
 * The words of the notification kinds and delivery choices for people, in the reader's language (messages/<locale>/
 * notifications.json). kinds.ts stays plain data for the browser; a client component reads the same keys through
 * `useTranslations("notifications")` with `notificationKindKey` / `deliveryKey`.
 */

const camel = (part: string) => part.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

type NotificationsKey = Parameters<ReturnType<typeof translator<"notifications">>>[0];

/** "support.onboarding-submitted" → "kinds.support.onboardingSubmitted" */
export function notificationKindKey(kind: NotificationKind): NotificationsKey {
  const [group = "", name = ""] = kind.split(".");
  return `kinds.${camel(group)}.${camel(name)}` as NotificationsKey;
}

export const deliveryKey = { "in-app": "delivery.inApp", email: "delivery.email", off: "delivery.off" } as const satisfies Record<NotificationDeliveryChoice, NotificationsKey>;

export function notificationKindLabel(kind: NotificationKind, locale: Locale): string {
  return translator(locale, "notifications")(notificationKindKey(kind));
}

export function deliveryLabel(choice: NotificationDeliveryChoice, locale: Locale): string {
  return translator(locale, "notifications")(deliveryKey[choice]);
}
