"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { setRequireTwoFactorForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** Admins turn the organization's two-factor requirement on or off; the form names the version it was loaded at. */
export function RequireTwoFactorForm({ required, version }: { required: boolean; version: number }) {
  const [state, action] = useActionState(setRequireTwoFactorForm, null);
  const kept = useKeptEntries(state);
  const shownRequired = state?.ok ? state.data.required : required;
  const shownVersion = state?.ok ? state.data.version : version;
  return (
    <form action={action} {...kept} className="mt-4 space-y-3">
      <p className="text-sm">
        Two-factor sign-in is <strong>{shownRequired ? "required" : "optional"}</strong> for your organization&apos;s users.
        {shownRequired ? "" : " Requiring it asks every user without it to set it up at their next visit."}
      </p>
      <input type="hidden" name="required" value={shownRequired ? "false" : "true"} />
      <input type="hidden" name="expectedVersion" value={shownVersion} />
      <FormMessage state={state} success="Saved." />
      <SubmitButton pendingLabel="Saving…" className="btn-secondary">
        {shownRequired ? "Make it optional" : "Require two-factor sign-in"}
      </SubmitButton>
    </form>
  );
}
