"use client";

import { useActionState, useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
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
  const t = useTranslations("import.upload");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, null);
  const kept = useKeptEntries(state, ["file"]);
  const router = useRouter();
  const [tooBig, setTooBig] = useState<string | null>(null);
  useEffect(() => {
    if (state?.ok) router.push(`${previewPath}/${state.data.importId}`);
  }, [state, router, previewPath]);
  const limit = t("megabytes", { megabytes: maxBytes / 1_000_000 });
  return (
    <form
      action={formAction}
      {...kept}
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        if (file && file.size > maxBytes) {
          event.preventDefault();
          setTooBig(t("tooBig", { limit, maxRows }));
        } else setTooBig(null);
      }}
      className="grid max-w-xl gap-3"
      aria-label={t("label")}
    >
      <div>
        <Label htmlFor="import-file">{t("file")}</Label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required className="input mt-1" aria-describedby="import-file-hint import-file-message" />
        <p id="import-file-hint" className="mt-1 text-xs text-slate-600">
          {t("hint", { limit, maxRows: formatNumber(maxRows, locale) })}
        </p>
      </div>
      <div id="import-file-message">
        {tooBig ? <p role="alert" className="text-sm text-red-700">{tooBig}</p> : <FormMessage state={state} success={t("read")} />}
      </div>
      <div>
        <SubmitButton pendingLabel={t("reading")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
