"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { confirmImport, createImportPreview } from "@/lib/data/imports";
import { importIdSchema, importUploadSchema } from "@/lib/validation/imports";

/** Reads the uploaded file and keeps its decided rows as a preview; nothing is invited yet. */
export const uploadResellerImport = defineAction({
  input: importUploadSchema,
  capability: "reseller.invite",
  async run({ actor, input, tx }) {
    const preview = await createImportPreview(tx, actor, "resellers", { name: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) });
    return { importId: preview.importId };
  },
  revalidate: ["/resellers/import"],
});
export const uploadResellerImportForm = formAction(uploadResellerImport);

/** Sends the preview's invitations, as a background job. */
export const confirmResellerImport = defineAction({
  input: importIdSchema,
  capability: "reseller.invite",
  run: ({ actor, input, tx }) => confirmImport(tx, actor, "resellers", input.importId),
  revalidate: ["/resellers/import", "/resellers/invitations"],
});
export const confirmResellerImportForm = formAction(confirmResellerImport);
