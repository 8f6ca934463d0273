"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { NOT_A_FORM } from "@/lib/errors";
import { confirmEmailChange } from "@/lib/data/email-change";
import { deliverSoon } from "@/lib/email/deliver";
import { userTokenSchema } from "@/lib/validation/auth";
import type { PublicFormState } from "@/lib/validation/accounts";

/** Public: the link sent to the new address is the proof. A button, not the page load, uses it (mail scanners). */
export async function confirmEmailChangeForm(previous: unknown, formData: FormData): Promise<PublicFormState> {
  return inRequestLanguage(await confirmEmailChangeFormInEnglish(previous, formData));
}

async function confirmEmailChangeFormInEnglish(_previous: unknown, formData: FormData): Promise<PublicFormState> {
  if (!(formData instanceof FormData)) return { ok: false, error: NOT_A_FORM };
  const parsed = userTokenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: "This link is not valid. Check that you copied all of it." };
  const result = await confirmEmailChange(parsed.data.token);
  if (result.ok) deliverSoon();
  return result;
}
