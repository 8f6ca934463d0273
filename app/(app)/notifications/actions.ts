"use server";

import { z } from "zod";
import { defineAction, formAction } from "@/lib/actions/define-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications";
import { notificationIdSchema } from "@/lib/validation/notifications";

// Read marks are the reader's own view of their inbox, not partner data: they change no record another person sees,
// and auditing each would bury the audit log, so these two actions are declared read-only (no audit event).

/** Marks one of one's own notifications read; someone else's id answers like a missing one. */
export const markRead = defineAction({
  input: notificationIdSchema,
  capability: "notifications.manage",
  readOnly: true,
  run: async ({ actor, input, tx }) => markNotificationRead(tx, actor, input.notificationId),
  revalidate: ["/notifications"],
});
export const markReadForm = formAction(markRead);

/** Marks all of one's own unread notifications read. */
export const markAllRead = defineAction({
  input: z.object({}).loose(),
  capability: "notifications.manage",
  readOnly: true,
  run: async ({ actor, tx }) => ({ marked: await markAllNotificationsRead(tx, actor) }),
  revalidate: ["/notifications"],
});
export const markAllReadForm = formAction(markAllRead);
