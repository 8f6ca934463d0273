import { z } from "zod";
import { emailSchema } from "./auth";
import { countrySchema, guidSchema, partnerIdSchema, trimmed } from "./fields";

/** A reseller organization signs itself up with its first admin user. */
export const signUpSchema = z.object({
  legalName: trimmed("the organization's legal name", 200),
  country: countrySchema,
  partnerId: partnerIdSchema,
  cspTenantId: guidSchema,
  adminName: trimmed("your name", 100),
  email: emailSchema,
  password: z.string().min(12, "Choose a password of at least 12 characters.").max(200, "A password has at most 200 characters."),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** The invitation a person is signing up to answer (its link's token), so the confirmation link leads back to it. */
export const signUpInvitationSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional().catch(undefined);

/**
 * The sign-up form's state: "check your inbox" (whatever happened to the address), or a refusal with what was entered
 * (never the password) to show again.
 */
export type SignUpState =
  | { ok: true; email: string }
  | ({ ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> } & { values?: Record<string, string> })
  | null;
