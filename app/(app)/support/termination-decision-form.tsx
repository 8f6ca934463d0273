"use client";

import { useActionState, useId, useState } from "react";
import { useFormStatus } from "react-dom";
import { decideTerminationForm } from "./actions";
import { FormMessage } from "@/components/form-message";
import type { FormState } from "@/lib/result";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/submit-button";

/**
 * Approve or reject one request; the note is shown to the provider (and needed to reject). Approving ends the
 * relationship for good, so it asks first, naming both organizations.
 */
export function TerminationDecisionForm({ requestId, providerName, resellerName }: { requestId: string; providerName: string; resellerName: string }) {
  const [state, action] = useActionState(decideTerminationForm, null);
  const formId = useId();
  const noteId = `note-${requestId}`;
  // The dialog stays open on a refusal (showing why) and goes away with the form once decided.
  const [askedWith, setAskedWith] = useState<{ state: FormState<unknown> } | null>(null);
  if (state?.ok) {
    return <p role="status" className="text-sm text-green-800">Decided: the relationship is now {state.data.status}.</p>;
  }
  return (
    <form id={formId} action={action} className="space-y-2" aria-label={`Decide on ${providerName} and ${resellerName}`}>
      <input type="hidden" name="requestId" value={requestId} />
      <Field id={noteId} label="Note to the partners (required to reject)" state={state} field="note">
        <textarea id={noteId} name="note" rows={2} maxLength={2000} className="input" aria-describedby={`${noteId}-error`} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          open={askedWith !== null}
          onOpenChange={(open) => setAskedWith(open ? { state } : null)}
          trigger={<button type="button" className="btn-primary">Approve and end the relationship</button>}
          title={`End the relationship between ${providerName} and ${resellerName}?`}
          description={`${providerName} will no longer be ${resellerName}'s indirect provider. Both see your note. This cannot be undone.`}
          confirm={
            <SubmitButton form={formId} name="decision" value="approve" pendingLabel="Ending…">
              Yes, end the relationship
            </SubmitButton>
          }
        >
          {askedWith && state !== askedWith.state && <FormMessage state={state} />}
        </ConfirmDialog>
        <RejectButton />
      </div>
      <FormMessage state={state} />
    </form>
  );
}

function RejectButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="decision" value="reject" disabled={pending} className="btn-secondary">
      {pending ? "Saving…" : "Reject"}
    </button>
  );
}
