import { z } from "zod";

/** The largest file a form accepts; the server action body limit (next.config.js) is a little above it. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;
export const UPLOAD_TOO_LARGE = `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split it into smaller files (5,000 lines each works).`;

/** A CSV file from a form: present, not empty, not too large. */
export const csvFileSchema = z
  .instanceof(File, { message: "Choose a CSV file." })
  .refine((file) => file.size > 0, "The file is empty.")
  .refine((file) => file.size <= MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
