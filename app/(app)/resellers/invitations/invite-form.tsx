"use client";

import { useActionState, useState } from "react";
import { inviteResellerForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** Makes an invitation and shows its link once: only a hash is kept, so the link cannot be shown again later. */
export function InviteForm({ origin }: { origin: string }) {
  const [state, action] = useActionState(inviteResellerForm, null);
  // After a refusal React clears the form; what was typed is shown again from the submitted entries.
  const [entered, setEntered] = useState<{ email?: string; partnerId?: string }>({});
  const submit = (formData: FormData) => {
    setEntered({ email: String(formData.get("email") ?? ""), partnerId: String(formData.get("partnerId") ?? "") });
    return action(formData);
  };
  const shown = state?.ok ? {} : entered;
  const link = state?.ok ? `${origin}/invitations/${state.data.token}` : null;
  return (
    <div className="space-y-4">
      <form action={submit} key={state?.ok ? "sent" : "editing"} className="grid gap-3 sm:grid-cols-3">
        <div>
          <Label htmlFor="invite-email">Reseller admin&apos;s email</Label>
          <input id="invite-email" name="email" type="email" maxLength={254} defaultValue={shown.email} aria-describedby="invite-email-hint invite-email-error" className="input mt-1" />
          <p id="invite-email-hint" className="mt-1 text-xs text-slate-600">We email the link there. Without a Partner ID, only a user who proved this address can accept.</p>
          <FieldError id="invite-email-error" state={state} field="email" />
        </div>
        <div>
          <Label htmlFor="invite-partner-id">Reseller&apos;s Partner ID</Label>
          <input id="invite-partner-id" name="partnerId" inputMode="numeric" maxLength={10} defaultValue={shown.partnerId} aria-describedby="invite-partner-id-hint invite-partner-id-error" className="input mt-1" />
          <p id="invite-partner-id-hint" className="mt-1 text-xs text-slate-600">When given, only that partner can accept. Give an email, a Partner ID or both.</p>
          <FieldError id="invite-partner-id-error" state={state} field="partnerId" />
        </div>
        <div className="flex items-start pt-6">
          <SubmitButton pendingLabel="Creating…">Create invitation link</SubmitButton>
        </div>
        <div className="sm:col-span-3">
          <FormMessage state={state} />
        </div>
      </form>
      {link && state?.ok && <InvitationLink link={link} email={state.data.email} partnerId={state.data.partnerId} expiresAt={state.data.expiresAt} />}
    </div>
  );
}

function InvitationLink({ link, email, partnerId, expiresAt }: { link: string; email: string | null; partnerId: string | null; expiresAt: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-green-300 bg-green-50 p-4 text-sm" role="status">
      <p className="font-medium text-green-900">
        Invitation for {[email, partnerId && `Partner ID ${partnerId}`].filter(Boolean).join(", ")} created.{" "}
        {email ? `We emailed the link to ${email}; you can also copy it here` : "Send this link to the reseller"}: it is shown only now and
        works once, until {new Date(expiresAt).toUTCString().slice(0, 16)}.
      </p>
      <div className="mt-2 flex gap-2">
        <label htmlFor="invitation-link" className="sr-only">Invitation link</label>
        <input id="invitation-link" readOnly value={link} className="input font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="btn-secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}
