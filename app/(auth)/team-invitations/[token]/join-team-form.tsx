"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { joinTeamForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { PasswordField } from "@/components/password-field";
import { Field } from "@/components/ui/field";

export function JoinTeamForm({ token }: { token: string }) {
  const [state, action] = useActionState(joinTeamForm, null);
  const kept = useKeptEntries(state);
  const entered = state?.ok === false ? state.values : undefined;
  return (
    <form action={action} {...kept} className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="token" value={token} />
      <Field id="name" label="Your name" state={state}>
        <input id="name" name="name" autoComplete="name" required maxLength={100} defaultValue={entered?.name} aria-describedby="name-error" className="input" />
      </Field>
      {(
        [
          { name: "newPassword", label: "Password (at least 12 characters)" },
          { name: "confirmPassword", label: "Password again" },
        ] as const
      ).map((field) => (
        <PasswordField key={field.name} name={field.name} label={field.label} state={state} />
      ))}
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Joining…">Join the team</SubmitButton>
    </form>
  );
}
