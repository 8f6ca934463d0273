"use client";

import { useActionState } from "react";
import { approveOnboardingForm, rejectOnboardingForm } from "@/app/(app)/support/actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";

/** Approve or reject one organization's submitted details. */
export function OnboardingDecision({ organizationId, legalName }: { organizationId: string; legalName: string }) {
  const [approved, approve] = useActionState(approveOnboardingForm, null);
  const [rejected, reject] = useActionState(rejectOnboardingForm, null);
  const reasonId = `reason-${organizationId}`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-6">
      <form action={approve} className="space-y-2">
        <input type="hidden" name="organizationId" value={organizationId} />
        <SubmitButton pendingLabel="Approving…">Approve {legalName}</SubmitButton>
        <FormMessage state={approved} success="Approved: the partner is onboarded." />
      </form>
      <form action={reject} className="min-w-64 flex-1 space-y-2">
        <input type="hidden" name="organizationId" value={organizationId} />
        <label htmlFor={reasonId} className="block text-sm font-medium">
          Reason for rejecting (the partner sees it)
        </label>
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
