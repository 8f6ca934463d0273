"use server";

import { defineAction } from "@/lib/actions/define-action";
import { refuseNotFound } from "@/lib/errors";
import { getCheckCounterparty } from "@/lib/data/checker";
import { counterpartyRequestSchema } from "@/lib/validation/check";

/** The facts of a counterparty the signed-in partner may see, to fill the scenario checker. Reads only. */
export const loadCheckCounterparty = defineAction({
  input: counterpartyRequestSchema,
  capability: "checker.pick-counterparty",
  readOnly: true,
  async run({ actor, input, tx }) {
    const facts = await getCheckCounterparty(tx, actor, input);
    if (!facts) refuseNotFound();
    return facts;
  },
});
