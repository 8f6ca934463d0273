import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listOwnNotifications } from "@/lib/data/notifications";
import { listHref, Pager } from "@/components/ui/pager";
import { ActionButton } from "@/components/action-button";
import { markAllReadForm } from "./actions";
import { NotificationEntry } from "./_components/notification-entry";

export const metadata: Metadata = { title: "Notifications" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor("notifications.manage");
  const rawPage = (await searchParams).page;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(typeof rawPage === "string" ? rawPage : "1", 10) || 1));
  const list = await listOwnNotifications(actor, page);
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Notifications</h1>
          <p className="text-sm text-slate-600" data-testid="unread-summary">
            {list.unread === 0 ? "Nothing unread." : `${list.unread} unread.`}{" "}
            <Link href="/settings/notifications" className="text-brand-700 underline">
              Choose what reaches you by email
            </Link>
          </p>
        </div>
        {list.unread > 0 && <ActionButton action={markAllReadForm} label="Mark all read" pendingLabel="Marking…" success="All marked read." secondary />}
      </div>
      {list.total === 0 ? (
        <p className="card text-sm text-slate-600">
          No notifications yet. When something that concerns you changes — an invitation, a decision by program support,
          a relationship — it appears here.
        </p>
      ) : (
        <div className="card p-0">
          <ul className="divide-y divide-slate-100" aria-label="Notifications, newest first">
            {list.items.map((item) => (
              <NotificationEntry key={item.id} item={{ ...item, when: `${timeFormat.format(item.createdAt)} UTC` }} />
            ))}
          </ul>
          <Pager page={Math.min(page, list.pages)} pageCount={list.pages} hrefFor={(n) => listHref("/notifications", {}, n)} total={list.total} label="notifications" />
        </div>
      )}
    </div>
  );
}
