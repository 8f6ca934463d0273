"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { requestEmailChange as request } from "@/lib/data/email-change";
import { changeEmailSchema } from "@/lib/validation/accounts";

/** Asks to move one's account to a new address; a link goes to that address, and nothing changes until it is followed. */
export const requestEmailChange = defineAction({
  input: changeEmailSchema,
  capability: "account.manage",
  async run({ actor, input, tx, audit }) {
    const result = await request(tx, actor, input.newEmail, input.currentPassword);
    await audit({ action: "user.email-change-requested", entityType: "user", entityId: actor.userId, after: { newEmail: result.newEmail } });
    return result;
  },
});
export const requestEmailChangeForm = formAction(requestEmailChange);
