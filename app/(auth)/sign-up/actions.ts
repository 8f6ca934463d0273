"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { registerReseller } from "@/lib/data/sign-up";
import { signUpSchema } from "@/lib/validation/sign-up";
import type { SignUpState } from "@/lib/validation/sign-up";

/**
 * Public, so there is no actor for `defineAction`: the same discipline by hand. Parse -> throttle and one
 * transaction with its audit event (in the data layer) -> sign the new admin in and go to the status page.
 */
export async function signUpReseller(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const raw = Object.fromEntries(formData);
  // React resets a form after its action; the entries (never the password) come back so the form can show them again.
  const { password: _password, ...entered } = raw;
  const values = Object.fromEntries(Object.entries(entered).map(([key, value]) => [key, String(value)]));
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, error: "Some fields need attention.", fieldErrors: fieldErrors as Record<string, string[]>, values };
  }
  const clientAddress = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  const result = await registerReseller(parsed.data, clientAddress);
  if (!result.ok) return { ...result, values };
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/status" });
    return null;
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, error: "Your organization is registered. Sign in to continue.", values };
    throw error;
  }
}
