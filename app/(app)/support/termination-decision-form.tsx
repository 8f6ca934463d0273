"use client";

import { useActionState, useState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { decideTerminationForm } from "./actions";
import { FieldError, FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { pluralize } from "@/lib/labels";

type Parties = { provider: string; reseller: string; activeSubscriptions: number };

/**
 * Approve or reject one request; the note is shown to the partners (and needed to reject). Either decision is
 * final, so it is asked again first, naming both organizations and the subscriptions that keep running; the answer
 * then says what happened.
 */
export function TerminationDecisionForm({ requestId, label, parties }: { requestId: string; label: string; parties: Parties }) {
  const [state, action] = useActionState(decideTerminationForm, null);
  const kept = useKeptEntries(state);
  const [asking, setAsking] = useState<"approve" | "reject" | null>(null);
  const noteId = `note-${requestId}`;
  const running = pluralize(parties.activeSubscriptions, "active subscription");
  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-green-800">
        {state.data.status === "terminated"
          ? `Terminated: ${parties.provider} and ${parties.reseller} no longer work together. ${running} through ${parties.reseller} stay active until renewal; new ones are refused.`
          : `Rejected: the relationship between ${parties.provider} and ${parties.reseller} is ${state.data.status} again.`}
      </p>
    );
  }
  return (
    <form action={action} {...kept} className="space-y-2" aria-label={`Decide on ${label}`}>
      <input type="hidden" name="requestId" value={requestId} />
      <label htmlFor={noteId} className="block text-sm font-medium">Note to the partners (required to reject)</label>
      <textarea id={noteId} name="note" rows={2} maxLength={2000} className="input" aria-describedby={`${noteId}-error`} />
      <FieldError id={`${noteId}-error`} state={state} field="note" />
      {asking === null ? (
        <div className="flex gap-2">
          <button type="button" className="btn-primary" onClick={() => setAsking("approve")}>
            Approve and end the relationship
          </button>
          <button type="button" className="btn-secondary" onClick={() => setAsking("reject")}>
            Reject
          </button>
        </div>
      ) : (
        <div role="alertdialog" aria-label="Confirm the decision" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" onKeyDown={(event) => event.key === "Escape" && setAsking(null)}>
          <input type="hidden" name="decision" value={asking} />
          {asking === "approve" ? (
            <p>
              End the relationship between <strong>{parties.provider}</strong> and <strong>{parties.reseller}</strong>? {running} that{" "}
              {parties.provider} bills through {parties.reseller} stay active until renewal; new ones will be refused. This cannot be undone.
            </p>
          ) : (
            <p>
              Reject the request? The relationship between <strong>{parties.provider}</strong> and <strong>{parties.reseller}</strong> goes back to how it
              was, and both see your note.
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel="Saving…" className={asking === "approve" ? "btn-primary" : "btn-secondary"}>
              {asking === "approve" ? "Yes, end the relationship" : "Yes, reject the request"}
            </SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setAsking(null)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}
