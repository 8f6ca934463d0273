"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { setOrganizationRequiresTwoFactor } from "@/lib/data/two-factor";
import { requireTwoFactorSchema } from "@/lib/validation/auth";

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
