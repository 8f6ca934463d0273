import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const displayNameSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100, "A name has at most 100 characters."),
});

/** The one answer to every failed sign-in, whatever the reason, so it tells nobody which emails exist. */
export const GENERIC_SIGN_IN_ERROR =
  "That email and password do not match an account, or sign-in is paused after too many attempts.";
