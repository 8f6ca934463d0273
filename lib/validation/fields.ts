import { z } from "zod";
import { isKnownCountry } from "@/lib/rules/regions";
import { PARTNER_ID_PATTERN } from "@/lib/rules/partner-id";

/** Field schemas shared by several forms, so every form words the same mistake the same way. */

/**
 * Characters no person types into a name or a note: C0 and C1 controls and DEL (NUL even makes PostgreSQL refuse the
 * query), and the bidirectional overrides and isolates, which make text display in another order than it is stored.
 * Multi-line text may keep tabs and line breaks.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/;

export const CONTROL_CHARACTERS_MESSAGE = "Remove the invisible control characters (for example from copied text).";

export function hasControlCharacters(value: string, { multiline = false } = {}): boolean {
  return CONTROL_CHARACTERS.test(value) || (!multiline && LINE_BREAKS_AND_TABS.test(value)) || !value.isWellFormed();
}

type FreeTextOptions = {
  max: number;
  /** The message for an empty value; without it the field may be empty. */
  required?: string;
  tooLong?: string;
  /** A textarea: tabs and line breaks are kept. */
  multiline?: boolean;
};

/** Free text a person types (names, reasons, notes): trimmed, at most `max` characters, no control characters. */
export function freeText({ max, required, tooLong, multiline = false }: FreeTextOptions) {
  const base = z.string().trim();
  return (required ? base.min(1, required) : base)
    .max(max, tooLong ?? `At most ${max.toLocaleString("en-US")} characters.`)
    .refine((value) => !hasControlCharacters(value, { multiline }), CONTROL_CHARACTERS_MESSAGE);
}

/** A required single-line name or label, worded from its label ("Enter the offer."). */
export const trimmed = (label: string, max: number) =>
  freeText({ max, required: `Enter ${label}.`, tooLong: `${label[0]!.toUpperCase()}${label.slice(1)} has at most ${max} characters.` });

/** The same for a textarea. */
export const trimmedLines = (label: string, max: number) =>
  freeText({ max, multiline: true, required: `Enter ${label}.`, tooLong: `${label[0]!.toUpperCase()}${label.slice(1)} has at most ${max} characters.` });

/**
 * A list page's search box (`q`): a search with control characters is ignored (the page shows the whole list) instead
 * of reaching the database, which refuses NUL with an error.
 */
export const searchQuery = z
  .string()
  .trim()
  .max(100)
  .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTERS_MESSAGE);

/** The name of the first search parameter carrying a control character, for route handlers to answer 400. */
export function searchParamWithControlCharacters(params: URLSearchParams): string | null {
  for (const [name, value] of params) if (hasControlCharacters(name) || hasControlCharacters(value)) return name;
  return null;
}

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
