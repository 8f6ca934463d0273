"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { requestTerminationForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

export function TerminationForm({ resellerId }: { resellerId: string }) {
  const [state, action] = useActionState(requestTerminationForm, null);
  const kept = useKeptEntries(state);
  if (state?.ok) {
    return <p role="status" className="text-sm text-green-800">Request filed. Program support will decide; the result shows here.</p>;
  }
  return (
    <form action={action} {...kept} className="mt-2 space-y-2">
      <input type="hidden" name="resellerId" value={resellerId} />
      <Label htmlFor="termination-reason">Why should the relationship end?</Label>
      <textarea id="termination-reason" name="reason" required maxLength={2000} rows={3} aria-describedby="termination-reason-error" className="input" />
      <FieldError id="termination-reason-error" state={state} field="reason" />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Filing…" className="btn-secondary">Request end of relationship</SubmitButton>
    </form>
  );
}
