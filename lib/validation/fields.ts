import { z } from "zod";
import { isKnownCountry } from "@/lib/rules/regions";
import { PARTNER_ID_PATTERN } from "@/lib/rules/partner-id";

/** Field schemas shared by several forms, so every form words the same mistake the same way. */
export const trimmed = (label: string, max: number) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `${label[0]!.toUpperCase()}${label.slice(1)} has at most ${max} characters.`);

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isKnownCountry, "Choose a country from the list.");

export const partnerIdSchema = z
  .string()
  .trim()
  .regex(PARTNER_ID_PATTERN, "A Partner ID is 6 to 10 digits.");

export const guidSchema = z.string().trim().toLowerCase().pipe(z.guid("Enter a tenant id in GUID form, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301."));

export const idSchema = z.guid("This record is not valid.");

/** Checkboxes post "on" when ticked and nothing when not. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
