"use client";

import { useActionState } from "react";
import { submitOnboardingForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

type Details = { address?: string; website?: string; phone?: string };

/** The business details program support verifies; after a rejection the partner fixes them here and resubmits. */
export function OnboardingForm({ details, resubmit }: { details: Details | null; resubmit: boolean }) {
  const [state, action] = useActionState(submitOnboardingForm, null);
  return (
    <form action={action} className="mt-3 grid max-w-xl gap-3" aria-label="Business details">
      <div>
        <Label htmlFor="address">Business address</Label>
        <textarea id="address" name="address" rows={2} maxLength={300} defaultValue={details?.address} className="input mt-1" aria-describedby="address-error" />
        <FieldError id="address-error" state={state} field="address" />
      </div>
      <div>
        <Label htmlFor="website">Website</Label>
        <input id="website" name="website" type="url" placeholder="https://" defaultValue={details?.website} className="input mt-1" aria-describedby="website-error" />
        <FieldError id="website-error" state={state} field="website" />
      </div>
      <div>
        <Label htmlFor="phone">Contact phone</Label>
        <input id="phone" name="phone" type="tel" defaultValue={details?.phone} className="input mt-1" aria-describedby="phone-error" />
        <FieldError id="phone-error" state={state} field="phone" />
      </div>
      <FormMessage state={state} success="Submitted. Program support will verify your details." />
      <div>
        <SubmitButton pendingLabel="Submitting…">{resubmit ? "Resubmit details" : "Submit details"}</SubmitButton>
      </div>
    </form>
  );
}
