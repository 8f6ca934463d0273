"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { changePasswordForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { PasswordField } from "@/components/password-field";

export function PasswordForm() {
  const t = useTranslations("settings.password");
  const fields = [
    { name: "currentPassword", label: t("current"), autoComplete: "current-password" },
    { name: "newPassword", label: t("new"), autoComplete: "new-password" },
    { name: "confirmPassword", label: t("again"), autoComplete: "new-password" },
  ] as const;
  const [state, action] = useActionState(changePasswordForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-4 space-y-3">
      {fields.map((field) => (
        <PasswordField key={field.name} name={field.name} label={field.label} autoComplete={field.autoComplete} state={state} />
      ))}
      <FormMessage state={state} success={t("changed")} />
      <SubmitButton pendingLabel={t("changing")}>{t("submit")}</SubmitButton>
    </form>
  );
}
