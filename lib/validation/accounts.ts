import { z } from "zod";
import { emailSchema, userTokenSchema } from "./auth";
import { hasControlCharacters, idSchema } from "./fields";

/** One line of text a person typed: no control, bidi-override or broken characters (see fields.ts). */
const isPlainText = (value: string) => !hasControlCharacters(value);

const newPassword = z.string().min(12, "Use at least 12 characters.").max(200, "Use at most 200 characters.");

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = userTokenSchema
  .extend({ newPassword, confirmPassword: z.string().max(200) })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: "The two new passwords are not the same.",
    path: ["confirmPassword"],
  });

const personName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "A name has at most 100 characters.")
  .refine(isPlainText, "A name cannot contain control characters or broken characters.");

export const teamRoleSchema = z.enum(["admin", "member"], "Choose admin or member.");

export const inviteColleagueSchema = z.object({ email: emailSchema, role: teamRoleSchema });
export const inviteSupportColleagueSchema = z.object({ email: emailSchema });
export const teamInvitationIdSchema = z.object({ invitationId: idSchema });
export const changeRoleSchema = z.object({ userId: idSchema, role: teamRoleSchema });
export const memberIdSchema = z.object({ userId: idSchema });

export const joinTeamSchema = userTokenSchema
  .extend({ name: personName, newPassword, confirmPassword: z.string().max(200) })
  .refine((value) => value.newPassword === value.confirmPassword, {
    message: "The two passwords are not the same.",
    path: ["confirmPassword"],
  });

export const sessionIdSchema = z.object({ sessionId: idSchema });

export const changeEmailSchema = z.object({
  newEmail: emailSchema,
  currentPassword: z.string().min(1, "Enter your current password.").max(200),
});

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} has at most ${max} characters.`)
    .refine(isPlainText, `${label} cannot contain control characters.`)
    .transform((value) => (value === "" ? null : value));

/** What an admin may edit of the organization; Partner ID, tenant and country are the program's and not here. */
export const organizationDetailsSchema = z.object({
  legalName: z
    .string()
    .trim()
    .min(1, "Enter the organization's legal name.")
    .max(200, "The legal name has at most 200 characters.")
    .refine(isPlainText, "The legal name cannot contain control characters."),
  address: optionalText("The address", 300),
  website: z
    .string()
    .trim()
    .max(200, "The website has at most 200 characters.")
    .refine((value) => value === "" || z.url({ protocol: /^https?$/ }).safeParse(value).success, "Enter the website as https://…")
    .transform((value) => (value === "" ? null : value)),
  phone: z
    .string()
    .trim()
    .refine((value) => value === "" || /^\+?[0-9 ()\-]{6,20}$/.test(value), "Enter a contact phone number, like +49 30 1234567.")
    .transform((value) => (value === "" ? null : value)),
  contactName: optionalText("The contact name", 100),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "An email address has at most 254 characters.")
    .refine((value) => value === "" || z.email().safeParse(value).success, "Enter a valid email address.")
    .transform((value) => (value === "" ? null : value)),
  expectedVersion: z.coerce.number().int().min(1).max(2_147_483_647),
});
export type OrganizationDetailsInput = z.infer<typeof organizationDetailsSchema>;

/** A public form's state: done (with what to show), or a refusal with what was typed (never passwords). */
export type PublicFormState<T = { email: string }> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; values?: Record<string, string> }
  | null;
