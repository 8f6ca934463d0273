"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { changeOwnPassword } from "@/lib/data/password";
import { reissueSession } from "@/lib/auth/reissue-session";
import { changePasswordSchema } from "@/lib/validation/auth";

/** Changes one's own password; every other session of the user ends, this one stays signed in. */
export const changePassword = defineAction({
  input: changePasswordSchema,
  capability: "account.manage",
  async run({ actor, input, tx, audit }) {
    const { sessionVersion } = await changeOwnPassword(tx, actor, input.currentPassword, input.newPassword);
    await audit({ action: "user.password-changed", entityType: "user", entityId: actor.userId });
    return { sessionVersion };
  },
  afterCommit: ({ actor, data }) => reissueSession(actor.userId, data.sessionVersion),
});

export const changePasswordForm = formAction(changePassword);
