"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useKeptEntries } from "@/components/use-kept-entries";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";
import type { FormState } from "@/lib/result";

/**
 * Uploads a CSV file for an import, then opens its preview. A file over the limit is refused here before it is sent
 * (the server checks again); the server's refusals (not CSV, missing column, too many rows) are shown under the field.
 */
export function ImportUploadForm({
  action,
  previewPath,
  maxBytes,
  maxRows,
}: {
  action: (previous: unknown, formData: FormData) => Promise<FormState<{ importId: string }>>;
  /** Where the preview lives: the import's id is appended. */
  previewPath: string;
  maxBytes: number;
  maxRows: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const kept = useKeptEntries(state, ["file"]);
  const router = useRouter();
  const [tooBig, setTooBig] = useState<string | null>(null);
  useEffect(() => {
    if (state?.ok) router.push(`${previewPath}/${state.data.importId}`);
  }, [state, router, previewPath]);
  const limit = `${maxBytes / 1_000_000} MB`;
  return (
    <form
      action={formAction}
      {...kept}
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        if (file && file.size > maxBytes) {
          event.preventDefault();
          setTooBig(`This file is larger than ${limit}. Split it into smaller files of at most ${maxRows.toLocaleString("en")} rows.`);
        } else setTooBig(null);
      }}
      className="grid max-w-xl gap-3"
      aria-label="Upload a CSV file"
    >
      <div>
        <Label htmlFor="import-file">CSV file</Label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required className="input mt-1" aria-describedby="import-file-hint import-file-message" />
        <p id="import-file-hint" className="mt-1 text-xs text-slate-600">
          Comma or semicolon separated, UTF-8 (with or without BOM), first line naming the columns. At most {limit} and {maxRows.toLocaleString("en")} rows.
        </p>
      </div>
      <div id="import-file-message">
        {tooBig ? <p role="alert" className="text-sm text-red-700">{tooBig}</p> : <FormMessage state={state} success="Read. Opening the preview…" />}
      </div>
      <div>
        <SubmitButton pendingLabel="Reading the file…">Upload and preview</SubmitButton>
      </div>
    </form>
  );
}
