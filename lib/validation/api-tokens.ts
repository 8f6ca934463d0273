import { z } from "zod";
import { apiScopeNames, type ApiScope } from "@/lib/permissions";
import { trimmed } from "./fields";

/** How long a new token lives, in days (the form's choices). */
export const API_TOKEN_LIFETIMES = [7, 30, 90, 365] as const;

/** The form sends each ticked scope as `scopes` (several values) or, from a test or script, an array. */
const scopeList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(apiScopeNames as [ApiScope, ...ApiScope[]], "Choose scopes from the list."))
    .min(1, "Choose at least one scope.")
    .transform((scopes) => [...new Set(scopes)]),
);

export const createApiTokenSchema = z.object({
  name: trimmed("a name for the token", 100),
  scopes: scopeList,
  expiresInDays: z.coerce
    .number()
    .int()
    .refine((days) => (API_TOKEN_LIFETIMES as readonly number[]).includes(days), "Choose how long the token lives."),
});

export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.object({ tokenId: z.uuid() });
