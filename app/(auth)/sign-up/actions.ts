"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { headers } from "next/headers";
import { z } from "zod";
import { registerReseller } from "@/lib/data/sign-up";
import { clientAddressOf } from "@/lib/data/sign-in";
import { deliverSoon } from "@/lib/email/deliver";
import { signUpInvitationSchema, signUpSchema } from "@/lib/validation/sign-up";
import type { SignUpState } from "@/lib/validation/sign-up";

/**
 * Public, so there is no actor for `defineAction`: the same discipline by hand. Parse -> throttle and one
 * transaction with its audit event and email (in the data layer) -> "check your inbox". Nobody is signed in here:
 * the admin signs in after confirming the address, and the answer never tells whether an email had an account.
 */
export async function signUpReseller(previous: SignUpState, formData: FormData): Promise<SignUpState> {
  return inRequestLanguage(await signUpResellerInEnglish(previous, formData));
}

async function signUpResellerInEnglish(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  if (!(formData instanceof FormData)) return { ok: false, error: "The request was not a form submission." };
  const raw = Object.fromEntries(formData);
  // React resets a form after its action; the entries (never the password) come back so the form can show them again.
  const { password: _password, ...entered } = raw;
  const values = Object.fromEntries(Object.entries(entered).map(([key, value]) => [key, String(value)]));
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, error: "Some fields need attention.", fieldErrors: fieldErrors as Record<string, string[]>, values };
  }
  const invitation = signUpInvitationSchema.parse(raw.invitation);
  // The same client-address rule as sign-in: the last X-Forwarded-For hop, the one our reverse proxy appended.
  const clientAddress = clientAddressOf(await headers());
  const result = await registerReseller(parsed.data, clientAddress, invitation ? `/invitations/${invitation}` : null);
  if (!result.ok) return { ...result, values };
  deliverSoon();
  return { ok: true, email: result.data.email };
}
