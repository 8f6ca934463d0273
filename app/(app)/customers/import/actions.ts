"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { confirmImport, createImportPreview } from "@/lib/data/imports";
import { importIdSchema, importUploadSchema } from "@/lib/validation/imports";

/** Reads the uploaded file and keeps its decided rows as a preview; nothing is added yet. */
export const uploadCustomerImport = defineAction({
  input: importUploadSchema,
  capability: "customer.add",
  async run({ actor, input, tx }) {
    const preview = await createImportPreview(tx, actor, "customers", { name: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) });
    return { importId: preview.importId };
  },
  revalidate: ["/customers/import"],
});
export const uploadCustomerImportForm = formAction(uploadCustomerImport);

/** Adds the preview's customers, as a background job. */
export const confirmCustomerImport = defineAction({
  input: importIdSchema,
  capability: "customer.add",
  run: ({ actor, input, tx }) => confirmImport(tx, actor, "customers", input.importId),
  revalidate: ["/customers/import", "/customers"],
});
export const confirmCustomerImportForm = formAction(confirmCustomerImport);
