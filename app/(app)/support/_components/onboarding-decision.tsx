"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { approveOnboardingForm, rejectOnboardingForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** Approve (after a confirmation: it is final) or reject, with a reason, one organization's submitted details. */
export function OnboardingDecision({ organizationId, legalName }: { organizationId: string; legalName: string }) {
  const t = useTranslations("support.onboarding");
  const [rejected, reject] = useActionState(rejectOnboardingForm, null);
  const kept = useKeptEntries(rejected);
  const reasonId = `reason-${organizationId}`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-6">
      <ConfirmAction
        action={approveOnboardingForm}
        fields={{ organizationId }}
        label={t("approve", { name: legalName })}
        question={t("approveQuestion", { name: legalName })}
        confirmLabel={t("approveConfirm")}
        pendingLabel={t("approving")}
        success={t("approved", { name: legalName })}
      />
      <form action={reject} {...kept} className="min-w-64 flex-1 space-y-2">
        <input type="hidden" name="organizationId" value={organizationId} />
        <Label htmlFor={reasonId}>
          {t("reason")}
        </Label>
        <textarea id={reasonId} name="reason" rows={2} maxLength={1000} className="input" aria-describedby={`${reasonId}-error`} />
        <FieldError id={`${reasonId}-error`} state={rejected} field="reason" />
        <SubmitButton pendingLabel={t("rejecting")} className="btn-secondary">
          {t("reject", { name: legalName })}
        </SubmitButton>
        <FormMessage state={rejected} success={t("rejected")} />
      </form>
    </div>
  );
}
