"use client";

import Link from "next/link";
import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { markRead, markReadForm } from "../actions";
import { ActionButton } from "@/components/action-button";

type Entry = { id: string; title: string; body: string; href: string; read: boolean; when: string };

/** One notification: opening its record marks it read; "Mark read" does so without leaving the page. */
export function NotificationEntry({ item }: { item: Entry }) {
  const [, startTransition] = useTransition();
  const t = useTranslations("notifications.entry");
  return (
    <li className={`flex flex-wrap items-start gap-3 px-6 py-4 ${item.read ? "" : "bg-brand-50/40"}`} data-testid="notification" data-read={item.read}>
      <div className="min-w-0 flex-1">
        <p className="font-medium break-words">
          {!item.read && (
            <>
              <span className="mr-2 inline-block rounded bg-brand-600 px-1.5 text-xs text-white" aria-hidden="true">
                {t("new")}
              </span>
              <span className="sr-only">{t("unread")}</span>
            </>
          )}
          <Link
            href={item.href}
            className="text-brand-700 underline"
            onClick={() => {
              // Opening the record counts as reading it; the navigation does not wait for the answer.
              if (!item.read) startTransition(() => void markRead({ notificationId: item.id }));
            }}
          >
            {item.title}
          </Link>
        </p>
        <p className="mt-1 text-sm break-words text-slate-700">{item.body}</p>
        <p className="mt-1 text-xs text-slate-500">{item.when}</p>
      </div>
      {!item.read && (
        <ActionButton action={markReadForm} fields={{ notificationId: item.id }} label={t("markRead")} pendingLabel={t("marking")} secondary />
      )}
    </li>
  );
}
