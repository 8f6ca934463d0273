"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { joinCustomerForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { PasswordField } from "@/components/password-field";

export function JoinCustomerForm({ token }: { token: string }) {
  const [state, action] = useActionState(joinCustomerForm, null);
  const kept = useKeptEntries(state);
  const entered = state?.ok === false ? state.values : undefined;
  return (
    <form action={action} {...kept} className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="name" className="block text-sm font-medium">
          Your name
        </label>
        <input id="name" name="name" autoComplete="name" required maxLength={100} defaultValue={entered?.name} aria-describedby="name-error" className="input mt-1" />
        <FieldError id="name-error" state={state} field="name" />
      </div>
      {(
        [
          { name: "newPassword", label: "Password (at least 12 characters)" },
          { name: "confirmPassword", label: "Password again" },
        ] as const
      ).map((field) => (
        <PasswordField key={field.name} name={field.name} label={field.label} state={state} />
      ))}
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Joining…">Join as admin</SubmitButton>
    </form>
  );
}
