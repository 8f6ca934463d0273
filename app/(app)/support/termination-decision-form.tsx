"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { useFormStatus } from "react-dom";
import { decideTerminationForm } from "./actions";
import { FieldError, FormMessage } from "@/components/form-message";

/** Approve or reject one request; the note is shown to the provider (and needed to reject). */
export function TerminationDecisionForm({ requestId, label }: { requestId: string; label: string }) {
  const [state, action] = useActionState(decideTerminationForm, null);
  const kept = useKeptEntries(state);
  const noteId = `note-${requestId}`;
  if (state?.ok) {
    return <p role="status" className="text-sm text-green-800">Decided: the relationship is now {state.data.status}.</p>;
  }
  return (
    <form action={action} {...kept} className="space-y-2" aria-label={`Decide on ${label}`}>
      <input type="hidden" name="requestId" value={requestId} />
      <label htmlFor={noteId} className="block text-sm font-medium">Note to the partners (required to reject)</label>
      <textarea id={noteId} name="note" rows={2} maxLength={2000} className="input" aria-describedby={`${noteId}-error`} />
      <FieldError id={`${noteId}-error`} state={state} field="note" />
      <DecisionButtons />
      <FormMessage state={state} />
    </form>
  );
}

/** The pressed button carries the decision; both wait while one is pending. */
function DecisionButtons() {
  const { pending } = useFormStatus();
  return (
    <div className="flex gap-2">
      <button type="submit" name="decision" value="approve" disabled={pending} className="btn-primary">
        {pending ? "Saving…" : "Approve and end the relationship"}
      </button>
      <button type="submit" name="decision" value="reject" disabled={pending} className="btn-secondary">
        Reject
      </button>
    </div>
  );
}
