"use client";

import { useActionState } from "react";
import { acceptInvitationForm, declineInvitationForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** Accept or decline; each answer is its own form so that the server action gets exactly one intent. */
export function AnswerForm({ token, providerName, canAccept }: { token: string; providerName: string; canAccept: boolean }) {
  const [accepted, accept] = useActionState(acceptInvitationForm, null);
  const [declined, decline] = useActionState(declineInvitationForm, null);
  if (accepted?.ok) {
    return <p role="status" className="font-medium text-green-800">You are now a reseller of {providerName}. The relationship is active.</p>;
  }
  if (declined?.ok) {
    return <p role="status" className="font-medium text-slate-800">You declined the invitation from {providerName}.</p>;
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <form action={accept}>
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel="Accepting…" disabled={!canAccept}>Accept invitation</SubmitButton>
        </form>
        <form action={decline}>
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel="Declining…" className="btn-secondary">Decline</SubmitButton>
        </form>
      </div>
      <FormMessage state={accepted} />
      <FormMessage state={declined} />
    </div>
  );
}
