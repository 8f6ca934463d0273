import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/data/require-actor";
import { listOwnNotifications } from "@/lib/data/notifications";
import { listHref, Pager } from "@/components/ui/pager";
import { ActionButton } from "@/components/action-button";
import { markAllReadForm } from "./actions";
import { NotificationEntry } from "./_components/notification-entry";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.page");
  return { title: t("title") };
}

const pageHref = (page: number) => listHref("/notifications", {}, page);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor("notifications.manage");
  const rawPage = (await searchParams).page;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(typeof rawPage === "string" ? rawPage : "1", 10) || 1));
  const list = await listOwnNotifications(actor, page);
  const t = await getTranslations("notifications.page");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600" data-testid="unread-summary">
            {list.unread === 0 ? t("nothingUnread") : t("unread", { count: list.unread })}{" "}
            <Link href="/settings/notifications" className="text-brand-700 underline">
              {t("chooseEmail")}
            </Link>
          </p>
        </div>
        {list.unread > 0 && <ActionButton action={markAllReadForm} label={t("markAllRead")} pendingLabel={t("marking")} success={t("allMarked")} secondary />}
      </div>
      {list.total === 0 ? (
        <p className="card text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="card p-0">
          <ul className="divide-y divide-slate-100" aria-label={t("listLabel")}>
            {list.items.map((item) => (
              <NotificationEntry key={item.id} item={{ ...item, when: t("when", { time: formatDateTime(item.createdAt, locale) }) }} />
            ))}
          </ul>
          <Pager page={Math.min(page, list.pages)} pageCount={list.pages} hrefFor={pageHref} total={list.total} label={t("pagerLabel")} />
        </div>
      )}
    </div>
  );
}
