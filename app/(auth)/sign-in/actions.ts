"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { GENERIC_SIGN_IN_ERROR, signInSchema } from "@/lib/validation/auth";
import type { FormState } from "@/lib/actions/result";

export async function signInWithPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: GENERIC_SIGN_IN_ERROR };
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return null;
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, error: GENERIC_SIGN_IN_ERROR };
    throw error;
  }
}

export async function signOutNow(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
