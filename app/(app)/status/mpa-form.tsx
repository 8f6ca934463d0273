"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { acceptMpaForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field } from "@/components/ui/field";

/** An admin accepts the MPA for the organization; the signer's details are recorded with today's date. */
export function MpaForm({ defaultName, defaultEmail }: { defaultName: string; defaultEmail: string }) {
  const t = useTranslations("status.mpaForm");
  const [state, action] = useActionState(acceptMpaForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-3 grid max-w-xl gap-3" aria-label={t("label")}>
      <Field id="signerName" label={t("signerName")} state={state}>
        <input id="signerName" name="signerName" defaultValue={defaultName} maxLength={100} className="input" aria-describedby="signerName-error" />
      </Field>
      <Field id="signerTitle" label={t("signerTitle")} state={state}>
        <input id="signerTitle" name="signerTitle" maxLength={100} placeholder={t("signerTitlePlaceholder")} className="input" aria-describedby="signerTitle-error" />
      </Field>
      <Field id="signerEmail" label={t("signerEmail")} state={state}>
        <input id="signerEmail" name="signerEmail" type="email" defaultValue={defaultEmail} className="input" aria-describedby="signerEmail-error" />
      </Field>
      <div className="flex items-start gap-2">
        <input id="confirm" name="confirm" type="checkbox" className="mt-1" aria-describedby="confirm-error" />
        <label htmlFor="confirm" className="text-sm">
          {t("confirm")}
        </label>
      </div>
      <FieldError id="confirm-error" state={state} field="confirm" />
      <FormMessage state={state} success={t("success")} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
