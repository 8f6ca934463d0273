"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { changePasswordForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { PasswordField } from "@/components/password-field";

const fields = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password (at least 12 characters)", autoComplete: "new-password" },
  { name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-4 space-y-3">
      {fields.map((field) => (
        <PasswordField key={field.name} name={field.name} label={field.label} autoComplete={field.autoComplete} state={state} />
      ))}
      <FormMessage state={state} success="Your password was changed. Your other sessions have been signed out." />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
