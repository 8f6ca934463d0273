"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/result";
import { SubmitButton } from "./submit-button";
import { FormMessage } from "./form-message";

type FormActionFn = (previous: unknown, formData: FormData) => Promise<FormState<unknown>>;

/** A one-button form for an action whose only inputs are fixed values (ids of the record it acts on). */
export function ActionButton({
  action,
  label,
  pendingLabel,
  success,
  fields = {},
  secondary = false,
}: {
  action: FormActionFn;
  label: string;
  pendingLabel: string;
  success?: string;
  fields?: Record<string, string>;
  secondary?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={pendingLabel} className={secondary ? "btn-secondary" : "btn-primary"}>
        {label}
      </SubmitButton>
      <FormMessage state={state} success={success} />
    </form>
  );
}
