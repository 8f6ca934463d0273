"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { approveOnboardingForm, rejectOnboardingForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** Approve (after a confirmation: it is final) or reject, with a reason, one organization's submitted details. */
export function OnboardingDecision({ organizationId, legalName }: { organizationId: string; legalName: string }) {
  const [rejected, reject] = useActionState(rejectOnboardingForm, null);
  const kept = useKeptEntries(rejected);
  const reasonId = `reason-${organizationId}`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-6">
      <ConfirmAction
        action={approveOnboardingForm}
        fields={{ organizationId }}
        label={`Approve ${legalName}`}
        question={`Approve ${legalName}'s onboarding? It is then onboarded into Partner Center and can enroll.`}
        confirmLabel="Yes, approve"
        pendingLabel="Approving…"
        success={`Approved: ${legalName} is onboarded.`}
      />
      <form action={reject} {...kept} className="min-w-64 flex-1 space-y-2">
        <input type="hidden" name="organizationId" value={organizationId} />
        <Label htmlFor={reasonId}>
          Reason for rejecting (the partner sees it)
        </Label>
        <textarea id={reasonId} name="reason" rows={2} maxLength={1000} className="input" aria-describedby={`${reasonId}-error`} />
        <FieldError id={`${reasonId}-error`} state={rejected} field="reason" />
        <SubmitButton pendingLabel="Rejecting…" className="btn-secondary">
          Reject {legalName}
        </SubmitButton>
        <FormMessage state={rejected} success="Sent back to the partner with your reason." />
      </form>
    </div>
  );
}
