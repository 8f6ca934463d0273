"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { NOT_A_FORM } from "@/lib/errors";
import { requestPasswordReset, resetPassword } from "@/lib/data/password-reset";
import { clientAddressOf } from "@/lib/data/sign-in";
import { deliverSoon } from "@/lib/email/deliver";
import { forgotPasswordSchema, resetPasswordSchema, type PublicFormState } from "@/lib/validation/accounts";

/**
 * Public ("Forgot password" on the sign-in page): parse -> throttle and one transaction in the data layer -> the
 * same "check your inbox" whether or not the address has an account.
 */
export async function requestPasswordResetForm(previous: unknown, formData: FormData): Promise<PublicFormState> {
  return inRequestLanguage(await requestPasswordResetFormInEnglish(previous, formData));
}

async function requestPasswordResetFormInEnglish(_previous: unknown, formData: FormData): Promise<PublicFormState> {
  if (!(formData instanceof FormData)) return { ok: false, error: NOT_A_FORM };
  const raw = Object.fromEntries(formData);
  const parsed = forgotPasswordSchema.safeParse(raw);
  const values = { email: String(raw.email ?? "").slice(0, 254) };
  if (!parsed.success) {
    return { ok: false, error: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const result = await requestPasswordReset(parsed.data.email, clientAddressOf(await headers()));
  if (!result.ok) return { ...result, values };
  deliverSoon();
  return result;
}

/** Public: the mailed link's token is the proof. Sets the new password, then on to sign-in (with two-factor if on). */
export async function resetPasswordForm(previous: unknown, formData: FormData): Promise<PublicFormState> {
  return inRequestLanguage(await resetPasswordFormInEnglish(previous, formData));
}

async function resetPasswordFormInEnglish(_previous: unknown, formData: FormData): Promise<PublicFormState> {
  if (!(formData instanceof FormData)) return { ok: false, error: NOT_A_FORM };
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.token) return { ok: false, error: "This reset link is not valid. Check that you copied all of it." };
    return { ok: false, error: formErrors[0] ?? "Some fields need attention.", fieldErrors };
  }
  const result = await resetPassword(parsed.data.token, parsed.data.newPassword);
  if (!result.ok) return result;
  deliverSoon();
  redirect("/sign-in?reset=1");
}
