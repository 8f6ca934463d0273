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

/** The sign-up form's state: the usual result, plus what was entered (never the password) to show again. */
export type SignUpState = ({ ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> } & { values?: Record<string, string> }) | null;
