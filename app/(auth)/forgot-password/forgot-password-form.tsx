"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { requestPasswordResetForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetForm, null);
  const kept = useKeptEntries(state);
  if (state?.ok) {
    return (
      <section role="status" className="mt-8 space-y-3 rounded-lg border border-green-300 bg-green-50 p-6">
        <h2 className="text-lg font-medium">Check your inbox</h2>
        <p className="text-sm">
          If <strong>{state.data.email}</strong> belongs to an account, we sent it a link to choose a new password. It
          works once, for one hour.
        </p>
        <p className="text-sm text-slate-600">Nothing arrived after a few minutes? Check your spam folder, then ask again.</p>
      </section>
    );
  }
  return (
    <form action={action} {...kept} className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div>
        <Label htmlFor="email">
          Email
        </Label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.ok === false ? state.values?.email : undefined}
          aria-describedby="email-error"
          className="input mt-1"
        />
        <FieldError id="email-error" state={state} field="email" />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Sending…">Send me a reset link</SubmitButton>
    </form>
  );
}
