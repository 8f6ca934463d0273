import { z } from "zod";
import { freeText } from "./fields";

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

/** The second sign-in step: a code from the authenticator app or a recovery code. */
export const signInCodeSchema = z.object({
  code: z.string().trim().min(6).max(40),
});

export const displayNameSchema = z.object({
  name: freeText({ max: 100, required: "Enter a name.", tooLong: "A name has at most 100 characters." }),
});

/** The one answer to every failed sign-in, whatever the reason, so it tells nobody which emails exist. */
export const GENERIC_SIGN_IN_ERROR =
  "That email and password do not match an account, or sign-in is paused after too many attempts.";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: z.string().min(12, "Use at least 12 characters.").max(200, "Use at most 200 characters."),
    confirmPassword: z.string().max(200),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: "The two new passwords are not the same.",
    path: ["confirmPassword"],
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    message: "Choose a password different from the current one.",
    path: ["newPassword"],
  });

export const twoFactorCodeSchema = z.object({
  code: z.string().trim().min(6, "Enter the 6-digit code.").max(40, "That is not a code."),
});

export const requireTwoFactorSchema = z.object({
  required: z.enum(["true", "false"]).transform((value) => value === "true"),
  expectedVersion: z.coerce.number().int().min(1).max(2_147_483_647),
});

export const WRONG_SIGN_IN_CODE = "That code is not right, or it was already used. Enter the current code.";
export const SIGN_IN_CODE_EXPIRED = "The sign-in took too long. Enter your email and password again.";

/** What the sign-in form shows: `step: "code"` asks for the second factor; `error: null` means no message yet. */
export type SignInState = { ok: false; error: string | null; step?: "code" } | null;

/**
 * Where to go after signing in: a path on this site taken from the `callbackUrl` the proxy adds, or null. Only the
 * path and query are kept (never a host), so the link cannot send anyone to another site.
 */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw, "http://return.invalid");
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const path = `${url.pathname}${url.search}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/sign-in")) return null;
  return path;
}

/** A mailed link's token: 32 random bytes in base64url. */
export const userTokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
