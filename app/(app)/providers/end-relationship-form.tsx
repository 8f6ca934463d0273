"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { requestProviderRelationshipEndForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** Asks program support to end one relationship; the reason goes with the request. */
export function EndRelationshipForm({ relationshipId, providerName }: { relationshipId: string; providerName: string }) {
  const [state, action] = useActionState(requestProviderRelationshipEndForm, null);
  const kept = useKeptEntries(state);
  const id = `end-reason-${relationshipId}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700 underline">Request to end this relationship</summary>
      <form action={action} {...kept} className="mt-2 max-w-lg space-y-2">
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <Label htmlFor={id}>
          Why do you want to end the relationship with {providerName}?
        </Label>
        <textarea id={id} name="reason" rows={2} maxLength={2000} className="input" aria-describedby={`${id}-error`} />
        <FieldError id={`${id}-error`} state={state} field="reason" />
        <FormMessage state={state} success="Request sent to program support." />
        <SubmitButton pendingLabel="Sending…" className="btn-secondary">
          Send the request to program support
        </SubmitButton>
      </form>
    </details>
  );
}
