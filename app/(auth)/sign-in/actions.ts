"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { auth, SecondFactorRequired, SecondFactorWrong, signIn, signOut } from "@/auth";
import { endSession } from "@/lib/data/ended-sessions";
import {
  GENERIC_SIGN_IN_ERROR,
  SIGN_IN_CODE_EXPIRED,
  WRONG_SIGN_IN_CODE,
  signInCodeSchema,
  safeReturnPath,
  signInSchema,
  type SignInState,
} from "@/lib/validation/auth";
import { TICKET_SECONDS } from "@/lib/auth/second-factor-ticket";
import { NOT_A_FORM } from "@/lib/errors";

const TICKET_COOKIE = "csp-second-factor";

/**
 * Step one: email and password. For an account with two-factor sign-in the answer is `step: "code"` plus an httpOnly
 * cookie holding a short-lived ticket (not the password); step two posts the code, and the ticket goes with it.
 */
export async function signInWithPassword(previous: unknown, formData: FormData): Promise<SignInState> {
  return inRequestLanguage(await signInWithPasswordInEnglish(previous, formData));
}

async function signInWithPasswordInEnglish(_previous: unknown, formData: FormData): Promise<SignInState> {
  if (!(formData instanceof FormData)) return { ok: false, error: NOT_A_FORM };
  const jar = await cookies();
  if (formData.get("step") === "code") {
    const ticket = jar.get(TICKET_COOKIE)?.value;
    if (!ticket) return { ok: false, error: SIGN_IN_CODE_EXPIRED };
    const parsed = signInCodeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, step: "code", error: WRONG_SIGN_IN_CODE };
    return attempt({ ticket, code: parsed.data.code }, safeReturnPath(formData.get("returnTo")));
  }
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: GENERIC_SIGN_IN_ERROR };
  return attempt(parsed.data, safeReturnPath(formData.get("returnTo")));
}

async function attempt(credentials: Record<string, string>, returnTo: string | null): Promise<SignInState> {
  const jar = await cookies();
  try {
    await signIn("credentials", { ...credentials, redirect: false });
  } catch (error) {
    if (error instanceof SecondFactorRequired) {
      const https = (await headers()).get("x-forwarded-proto") === "https";
      jar.set(TICKET_COOKIE, error.ticket, { httpOnly: true, sameSite: "strict", path: "/", maxAge: TICKET_SECONDS, secure: https });
      return { ok: false, step: "code", error: null };
    }
    if (error instanceof SecondFactorWrong) return { ok: false, step: "code", error: WRONG_SIGN_IN_CODE };
    if (error instanceof AuthError) return { ok: false, error: credentials.ticket ? SIGN_IN_CODE_EXPIRED : GENERIC_SIGN_IN_ERROR };
    throw error;
  }
  jar.delete(TICKET_COOKIE);
  redirect(returnTo ?? "/"); // outside the try: Next's redirect is thrown and must propagate
}

/**
 * The app's sign-out button. Auth.js's signOut event ends the session too, but it only logs a failure; ending it here
 * first means a database error shows as an error instead of a sign-out that a copied cookie would survive.
 */
export async function signOutNow(): Promise<void> {
  const session = await auth();
  if (session?.user?.id && session.sessionId) await endSession(session.user.id, session.sessionId);
  await signOut({ redirectTo: "/sign-in" });
}
