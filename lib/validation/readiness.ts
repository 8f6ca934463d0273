import { z } from "zod";
import { emailSchema } from "./auth";
import { checkbox, trimmed, trimmedLines } from "./fields";

/** The MPA acceptance an organization admin records: who signed, in what capacity; the date is the server's today. */
export const acceptMpaSchema = z.object({
  signerName: trimmed("the signer's name", 100),
  signerTitle: trimmed("the signer's title", 100),
  signerEmail: emailSchema,
  confirm: checkbox.refine((value) => value, "Confirm that you accept the agreement on behalf of your organization."),
});

/** The business details program support verifies before onboarding a partner. */
export const onboardingDetailsSchema = z.object({
  address: trimmedLines("the business address", 300),
  website: z
    .string()
    .trim()
    .max(200)
    .pipe(z.url({ protocol: /^https?$/, error: "Enter the website as https://…" })),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()\-]{6,20}$/, "Enter a contact phone number, like +49 30 1234567."),
});
export type OnboardingDetails = z.infer<typeof onboardingDetailsSchema>;

/** What a direct-bill partner reports it has in place, for the enrollment requirements. */
export const capabilitiesSchema = z.object({
  apiIntegration: checkbox,
  billing: checkbox,
  support: checkbox,
  managedServices: checkbox,
});

export const noInput = z.object({});
