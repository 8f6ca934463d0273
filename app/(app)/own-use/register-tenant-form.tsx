"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { registerInternalTenantForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field, Label } from "@/components/ui/field";

/** Registers a customer-type tenant the organization owns, for its own use. */
export function RegisterTenantForm() {
  const t = useTranslations("ownUse.registerForm");
  const [state, action] = useActionState(registerInternalTenantForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-3 grid max-w-xl gap-3" aria-label={t("label")}>
      <Field id="tenant-name" label={t("name")} state={state} field="name">
        <input id="tenant-name" name="name" maxLength={200} placeholder={t("namePlaceholder")} className="input" aria-describedby="tenant-name-error" />
      </Field>
      <div>
        <Label htmlFor="tenant-id">{t("tenantId")}</Label>
        <input id="tenant-id" name="tenantId" className="input mt-1" aria-describedby="tenant-id-hint tenant-id-error" />
        <p id="tenant-id-hint" className="mt-1 text-xs text-slate-600">{t("tenantHint")}</p>
        <FieldError id="tenant-id-error" state={state} field="tenantId" />
      </div>
      <FormMessage state={state} success={t("success")} />
      <div>
        <SubmitButton pendingLabel={t("pending")} className="btn-secondary">{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
