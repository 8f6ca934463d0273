"use client";

import { useActionState } from "react";
import { changePasswordForm } from "./password-actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";

const fields = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password (at least 12 characters)", autoComplete: "new-password" },
  { name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordForm, null);
  return (
    <form action={action} className="mt-4 space-y-3">
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className="block text-sm font-medium">
            {field.label}
          </label>
          <input
            id={field.name}
            name={field.name}
            type="password"
            autoComplete={field.autoComplete}
            required
            maxLength={200}
            aria-describedby={`${field.name}-error`}
            className="input mt-1"
          />
          <FieldError id={`${field.name}-error`} state={state} field={field.name} />
        </div>
      ))}
      <FormMessage state={state} success="Your password was changed. Your other sessions have been signed out." />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
