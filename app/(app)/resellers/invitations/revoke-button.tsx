"use client";

import { useActionState } from "react";
import { revokeInvitationForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";

export function RevokeButton({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, action] = useActionState(revokeInvitationForm, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton pendingLabel="Revoking…" className="btn-secondary px-3 py-1">
        Revoke<span className="sr-only"> the invitation for {email}</span>
      </SubmitButton>
      {state && !state.ok && <p role="alert" className="mt-1 text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
