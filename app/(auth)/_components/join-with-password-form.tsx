"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { PasswordField } from "@/components/password-field";
import { Field } from "@/components/ui/field";
import type { PublicFormState } from "@/lib/validation/accounts";

/** Joining from a mailed link (a team, a customer's admins): the invitee chooses a name and a password. */
export function JoinWithPasswordForm({
  token,
  join,
  submitLabel,
}: {
  token: string;
  join: (previous: unknown, formData: FormData) => Promise<PublicFormState>;
  submitLabel: string;
}) {
  const t = useTranslations("auth.join");
  const [state, action] = useActionState(join, null);
  const passwordFields = [
    { name: "newPassword", label: t("password") },
    { name: "confirmPassword", label: t("passwordAgain") },
  ] as const;
  const kept = useKeptEntries(state);
  const entered = state?.ok === false ? state.values : undefined;
  return (
    <form action={action} {...kept} className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="token" value={token} />
      <Field id="name" label={t("name")} state={state}>
        <input id="name" name="name" autoComplete="name" required maxLength={100} defaultValue={entered?.name} aria-describedby="name-error" className="input" />
      </Field>
      {passwordFields.map((field) => (
        <PasswordField key={field.name} name={field.name} label={field.label} state={state} />
      ))}
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("pending")}>{submitLabel}</SubmitButton>
    </form>
  );
}
