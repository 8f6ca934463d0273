"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { setOwnNotificationPreferences } from "@/lib/data/notifications";
import { notificationPreferencesSchema } from "@/lib/validation/notifications";

/** Saves how the signed-in user hears about each kind of notification (in the app only, by email too, or off). */
export const saveNotificationPreferences = defineAction({
  input: notificationPreferencesSchema,
  capability: "notifications.manage",
  async run({ actor, input, tx, audit }) {
    const { before, after } = await setOwnNotificationPreferences(tx, actor, input);
    await audit({ action: "user.notification-preferences-changed", entityType: "user", entityId: actor.userId, before, after });
    return { changed: Object.keys(after).length };
  },
  revalidate: ["/settings/notifications"],
});
export const saveNotificationPreferencesForm = formAction(saveNotificationPreferences);
