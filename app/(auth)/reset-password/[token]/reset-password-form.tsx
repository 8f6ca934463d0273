"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import Link from "next/link";
import { resetPasswordForm } from "../../forgot-password/actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { PasswordField } from "@/components/password-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.resetPassword");
  const [state, action] = useActionState(resetPasswordForm, null);
  const fields = [
    { name: "newPassword", label: t("newPassword") },
    { name: "confirmPassword", label: t("newPasswordAgain") },
  ] as const;
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="token" value={token} />
      {fields.map((field) => (
        <PasswordField key={field.name} name={field.name} label={field.label} state={state} />
      ))}
      <FormMessage state={state} />
      {state?.ok === false && !state.fieldErrors && (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            {t("askNewLink")}
          </Link>
        </p>
      )}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
