"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { setCustomerTwoFactorForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** The customer's admin turns the customer's two-factor requirement on or off for its admins. */
export function CustomerTwoFactorForm({ required }: { required: boolean }) {
  const [state, action] = useActionState(setCustomerTwoFactorForm, null);
  const kept = useKeptEntries(state);
  const shownRequired = state?.ok ? state.data.requireTwoFactor : required;
  return (
    <form action={action} {...kept} className="mt-2 space-y-3">
      <p className="text-sm">
        Two-factor sign-in is <strong>{shownRequired ? "required" : "optional"}</strong> for your company&apos;s admins.
      </p>
      <input type="hidden" name="required" value={shownRequired ? "false" : "true"} />
      <FormMessage state={state} success="Saved." />
      <SubmitButton pendingLabel="Saving…" className="btn-secondary">
        {shownRequired ? "Make it optional" : "Require two-factor sign-in"}
      </SubmitButton>
    </form>
  );
}
