"use server";

import { z } from "zod";
import { defineAction, formAction } from "@/lib/actions/define-action";
import { refuse } from "@/lib/errors";
import { currentSessionId } from "@/lib/auth/current-session";
import { endOtherSessions, endOwnSession } from "@/lib/data/user-sessions";
import { sessionIdSchema } from "@/lib/validation/accounts";

/** Signs out one of one's own sessions (another browser); someone else's session id answers like a missing one. */
export const signOutSession = defineAction({
  input: sessionIdSchema,
  capability: "account.manage",
  allowBeforeTwoFactor: true,
  async run({ actor, input, tx, audit }) {
    if (input.sessionId === (await currentSessionId())) refuse("That is this browser's session. Use “Sign out” at the top to end it.");
    const ended = await endOwnSession(tx, actor, input.sessionId);
    await audit({ action: "user.session-ended", entityType: "user", entityId: actor.userId, before: { sessionId: ended.sessionId, userAgent: ended.userAgent, clientAddress: ended.clientAddress } });
    return { sessionId: ended.sessionId };
  },
  revalidate: ["/settings/sessions"],
});
export const signOutSessionForm = formAction(signOutSession);

/** Signs out every other session of one's own; this browser stays signed in. */
export const signOutOtherSessions = defineAction({
  input: z.object({}).loose(),
  capability: "account.manage",
  allowBeforeTwoFactor: true,
  async run({ actor, tx, audit }) {
    const ended = await endOtherSessions(tx, actor, await currentSessionId());
    await audit({ action: "user.other-sessions-ended", entityType: "user", entityId: actor.userId, after: { ended } });
    return { ended };
  },
  revalidate: ["/settings/sessions"],
});
export const signOutOtherSessionsForm = formAction(signOutOtherSessions);
