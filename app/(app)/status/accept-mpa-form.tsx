"use client";

import { useActionState } from "react";
import { acceptMpaForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";

/** Minimal MPA acceptance: who signs, with title and email; the date is today's. */
export function AcceptMpaForm() {
  const [state, action] = useActionState(acceptMpaForm, null);
  if (state?.ok) return <p role="status" className="text-sm text-green-800">MPA accepted on {state.data.acceptedOn}.</p>;
  return (
    <form action={action} className="mt-4 grid gap-3 sm:grid-cols-3" aria-label="Accept the Microsoft Partner Agreement">
      {(
        [
          ["signerName", "Signer's name", "text"],
          ["signerTitle", "Signer's title", "text"],
          ["signerEmail", "Signer's email", "email"],
        ] as const
      ).map(([field, label, type]) => (
        <div key={field}>
          <label htmlFor={field} className="block text-sm font-medium">{label}</label>
          <input id={field} name={field} type={type} required maxLength={200} className="input mt-1" aria-describedby={`${field}-error`} />
          <FieldError id={`${field}-error`} state={state} field={field} />
        </div>
      ))}
      <div className="sm:col-span-3">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Accepting…">Accept the MPA</SubmitButton>
      </div>
    </form>
  );
}
