"use server";

import { z } from "zod";
import { defineAction, formAction } from "@/lib/actions/define-action";
import { sendMpaReminder } from "@/lib/data/mpa-reminders";

/** Reminds one of the provider's resellers to sign the MPA (at most once a week per reseller). */
export const remindToSignMpa = defineAction({
  input: z.object({ resellerId: z.uuid("This record is not valid.") }),
  capability: "reseller.remind-mpa",
  async run({ actor, input, tx, audit }) {
    const sent = await sendMpaReminder(tx, actor, input.resellerId);
    await audit({
      action: "reseller.mpa-reminder-sent",
      entityType: "organization",
      entityId: sent.resellerId,
      subjects: [sent.resellerId],
      after: { lastSentAt: sent.lastSentAt },
    });
    return { lastSentAt: sent.lastSentAt.toISOString() };
  },
  revalidate: ["/resellers"],
});
export const remindToSignMpaForm = formAction(remindToSignMpa);
