"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { renameSelf } from "@/lib/data/profile";
import { changePasswordSchema, displayNameSchema, requireTwoFactorSchema } from "@/lib/validation/auth";
import { changeOwnPassword } from "@/lib/data/password";
import { reissueSession } from "@/lib/auth/reissue-session";
import { setOrganizationRequiresTwoFactor } from "@/lib/data/two-factor";

export const changeDisplayName = defineAction({
  input: displayNameSchema,
  capability: "account.manage",
  async run({ actor, input, tx, audit }) {
    const change = await renameSelf(tx, actor, input.name);
    await audit({ action: "user.renamed", entityType: "user", entityId: actor.userId, ...change });
    return { name: input.name };
  },
  revalidate: ["/", "/settings"],
});

export const changeDisplayNameForm = formAction(changeDisplayName);

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

/** Organization admins: require two-factor sign-in of every user. Names the version it edits (optimistic locking). */
export const setRequireTwoFactor = defineAction({
  input: requireTwoFactorSchema,
  capability: "organization.require-two-factor",
  async run({ actor, input, tx, audit }) {
    const change = await setOrganizationRequiresTwoFactor(tx, actor, input.required, input.expectedVersion);
    await audit({ action: "organization.two-factor-requirement-set", entityType: "organization", entityId: actor.organizationId!, before: change.before, after: change.after });
    return { required: input.required, version: change.version };
  },
  revalidate: ["/settings"],
});

export const setRequireTwoFactorForm = formAction(setRequireTwoFactor);
