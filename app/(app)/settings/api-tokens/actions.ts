"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { createApiToken as makeApiToken, revokeApiToken as revokeOwnApiToken } from "@/lib/data/api-tokens";
import { NOT_A_FORM } from "@/lib/errors";
import { apiTokenIdSchema, createApiTokenSchema } from "@/lib/validation/api-tokens";

/** Makes a partner API token; its secret is in the answer this once (only its SHA-256 is kept). */
export const createApiToken = defineAction({
  input: createApiTokenSchema,
  capability: "api-token.manage",
  // The data function records api-token.created.
  async run({ actor, input, tx }) {
    const token = await makeApiToken(tx, actor, input);
    return { id: token.id, name: token.name, scopes: token.scopes, expiresAt: token.expiresAt.toISOString(), secret: token.secret };
  },
  revalidate: ["/settings/api-tokens"],
});

/** The form's ticked scopes are several `scopes` entries, which `formAction` would fold into the last one. */
export async function createApiTokenForm(_previous: unknown, formData: FormData) {
  if (!(formData instanceof FormData)) return { ok: false as const, error: NOT_A_FORM };
  return createApiToken({ name: formData.get("name"), scopes: formData.getAll("scopes"), expiresInDays: formData.get("expiresInDays") });
}

/** Revokes one of the organization's tokens: the next request with it answers 401. */
export const revokeApiToken = defineAction({
  input: apiTokenIdSchema,
  capability: "api-token.manage",
  // The data function records api-token.revoked.
  run: ({ actor, input, tx }) => revokeOwnApiToken(tx, actor, input.tokenId),
  revalidate: ["/settings/api-tokens"],
});
export const revokeApiTokenForm = formAction(revokeApiToken);
