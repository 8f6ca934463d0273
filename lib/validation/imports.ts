import { z } from "zod";
import { IMPORT_MAX_BYTES } from "@/lib/import/parse-csv";

const CHOOSE = "Choose a CSV file to upload.";

/** An upload: one file, not empty, within the limit (the browser checks the size first; this is the server's word). */
export const importUploadSchema = z.object({
  file: z
    .instanceof(File, { message: CHOOSE })
    .refine((file) => file.size > 0, CHOOSE)
    .refine((file) => file.size <= IMPORT_MAX_BYTES, `The file is larger than ${IMPORT_MAX_BYTES / 1_000_000} MB. Split it into smaller files.`),
});

export const importIdSchema = z.object({ importId: z.uuid("This import does not exist.") });

export const importPageSchema = z.object({ page: z.coerce.number().int().min(1).max(1_000).catch(1) });
