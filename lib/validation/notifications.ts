import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { idSchema } from "./fields";

export const notificationIdSchema = z.object({ notificationId: idSchema });

const delivery = z.enum(["in-app", "email", "off"], "Choose in the app only, by email too, or off.");

/** The preferences form: one field per kind (`kind:<kind>`), each optional; unknown fields are ignored. */
export const notificationPreferencesSchema = z
  .object(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`kind:${kind}`, delivery.optional()])) as Record<`kind:${NotificationKind}`, z.ZodOptional<typeof delivery>>)
  .transform((fields) => {
    const choices: Partial<Record<NotificationKind, z.output<typeof delivery>>> = {};
    for (const kind of NOTIFICATION_KINDS) {
      const value = fields[`kind:${kind}`];
      if (value) choices[kind] = value;
    }
    return choices;
  });
