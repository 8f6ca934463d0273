"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, formAction } from "@/lib/actions/define-action";
import { confirmEmail, resendEmailVerification } from "@/lib/data/email-verification";
import { userTokenSchema } from "@/lib/validation/auth";

/** The signed-in user whose address is not confirmed yet asks for a new link (the old one stops working). */
export const resendVerificationEmail = defineAction({
  input: z.object({}).loose(),
  capability: "account.manage",
  allowBeforeEmailVerified: true,
  async run({ actor, tx, audit }) {
    const sent = await resendEmailVerification(tx, actor);
    await audit({ action: "user.verification-email-sent", entityType: "user", entityId: actor.userId });
    return sent;
  },
});
export const resendVerificationEmailForm = formAction(resendVerificationEmail);

export type ConfirmState = { ok: false; error: string } | null;

/**
 * Follows the link's token (public: the token is the proof). A button, not the page load, uses it, so a mail
 * scanner that fetches links cannot spend it. Then to sign-in, which passes a signed-in user straight on.
 */
export async function confirmEmailAddress(previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  return inRequestLanguage(await confirmEmailAddressInEnglish(previous, formData));
}

async function confirmEmailAddressInEnglish(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  if (!(formData instanceof FormData)) return { ok: false, error: "The request was not a form submission." };
  const parsed = userTokenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: "This confirmation link is not valid. Check that you copied all of it." };
  const result = await confirmEmail(parsed.data.token);
  if (!result.ok) return result;
  const next = new URLSearchParams({ verified: "1" });
  if (result.nextPath) next.set("callbackUrl", result.nextPath);
  redirect(`/sign-in?${next}`);
}
