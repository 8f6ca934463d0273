import Link from "next/link";
import { useTranslations } from "next-intl";
import { BELL_COUNT_CAP } from "@/lib/data/actor";

/**
 * The header's bell: a link to the notifications page with the unread count, read out in its accessible name. The
 * count stops at BELL_COUNT_CAP (the actor's query counts no further), shown as "99+".
 */
export function NotificationBell({ unread }: { unread: number }) {
  const many = unread >= BELL_COUNT_CAP;
  const shown = many ? `${BELL_COUNT_CAP - 1}+` : String(unread);
  const t = useTranslations("notifications.bell");
  const name = unread === 0 ? t("noneUnread") : many ? t("unreadMany", { count: BELL_COUNT_CAP - 1 }) : t("unread", { count: unread });
  return (
    <Link
      href="/notifications"
      aria-label={name}
      title={name}
      data-testid="notification-bell"
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {shown}
        </span>
      )}
    </Link>
  );
}
