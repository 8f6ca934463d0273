"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { requestEmailChangeForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { keepValues } from "@/components/keep-values";
import { FormMessage } from "@/components/form-message";
import { PasswordField } from "@/components/password-field";
import { Field } from "@/components/ui/field";

const requestKeepingValues = keepValues(requestEmailChangeForm, ["currentPassword"]);

export function ChangeEmailForm() {
  const t = useTranslations("settings.email");
  const [state, action] = useActionState(requestKeepingValues, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-4 space-y-3">
      <Field id="newEmail" label={t("newEmail")} state={state}>
        <input id="newEmail" name="newEmail" type="email" autoComplete="email" required maxLength={254} defaultValue={state?.ok === false ? state.values?.newEmail : undefined} aria-describedby="newEmail-error" className="input" />
      </Field>
      <PasswordField name="currentPassword" label={t("currentPassword")} autoComplete="current-password" state={state} />
      <FormMessage
        state={state}
        success={state?.ok ? t("sent", { email: state.data.newEmail }) : undefined}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
