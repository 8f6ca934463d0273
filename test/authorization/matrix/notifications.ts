import { notifications } from "@/lib/db/schema";
import { fromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import type { CallerInfo, World } from "../world";
import { withField } from "./setup";

/** An unread notification of the user (lea's when the caller has no account), written before the cell's snapshot. */
async function unreadNotification(world: World, userId: string | null) {
  const owner = userId ?? world.caller("reseller-admin").userId!;
  const [row] = await world.database.db
    .insert(notifications)
    .values({ userId: owner, kind: "mpa.signed", title: "Matrix notification", body: "For the matrix.", href: "/status" })
    .returning({ id: notifications.id });
  return row!.id;
}

const ownUnread = async (world: World, caller: CallerInfo) => {
  await unreadNotification(world, caller.userId);
  return {};
};

/** Notifications belong to one user: only they mark them read; another user's id answers like a missing one. */
export const notificationEntries: Record<string, MatrixEntry> = {
  ...withFormTwin("app/(app)/notifications/actions.ts", "markRead", {
    kind: "action",
    input: async (world) => ({ notificationId: await unreadNotification(world, world.caller("reseller-admin").userId) }),
    withMissingRecord: withField("notificationId"),
    expect: fromTable("notifications.manage", { allowed: "not-found", except: { "reseller-admin": "ok" } }),
  }),
  ...withFormTwin("app/(app)/notifications/actions.ts", "markAllRead", {
    kind: "action",
    input: ownUnread,
    expect: fromTable("notifications.manage"),
  }),
  // Every signed-in user chooses for themselves; the kind is one everyone receives.
  ...withFormTwin("app/(app)/settings/notifications/actions.ts", "saveNotificationPreferences", {
    kind: "action",
    input: () => ({ "kind:security.sessions-ended": "in-app" }),
    expect: fromTable("notifications.manage"),
  }),
  // Contoso's admin reminds its reseller Adventure Works (no MPA yet); Fabrikam's admin finds no such reseller.
  ...withFormTwin("app/(app)/resellers/[id]/mpa-reminder-actions.ts", "remindToSignMpa", {
    kind: "action",
    input: (world) => ({ resellerId: world.organization("adventure") }),
    withMissingRecord: withField("resellerId"),
    expect: fromTable("reseller.remind-mpa", { outside: "not-found" }),
  }),
};
