"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { renameSelf } from "@/lib/data/profile";
import { displayNameSchema } from "@/lib/validation/auth";

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
