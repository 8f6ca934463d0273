"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { resendVerificationEmailForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** "Your address is not confirmed yet", with a button for a new link; on the status page and /verify-email. */
export function ResendVerificationForm({ email }: { email: string }) {
  const [state, action] = useActionState(resendVerificationEmailForm, null);
  const kept = useKeptEntries(state);
  return (
    <section role="status" aria-labelledby="verify-heading" className="mt-4 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="verify-heading" className="font-medium">Confirm your email address to continue</h2>
      <p>
        We sent a link to <strong>{email}</strong>. Until you open it, your organization sees no invitations and can
        accept or change nothing.
      </p>
      <form action={action} {...kept} className="space-y-2">
        <SubmitButton pendingLabel="Sending…" className="btn-secondary px-3 py-1">Send a new link</SubmitButton>
        <FormMessage state={state} success={`A new link is on its way to ${email}. The previous one no longer works.`} />
      </form>
    </section>
  );
}
