"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { requestTerminationForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** The form's field names, as the action reports its errors by them (for machines, not people). */
const FIELD = { reason: "reason" } as const;

export function TerminationForm({ resellerId }: { resellerId: string }) {
  const t = useTranslations("resellers.terminationForm");
  const [state, action] = useActionState(requestTerminationForm, null);
  const kept = useKeptEntries(state);
  if (state?.ok) {
    return <p role="status" className="text-sm text-green-800">{t("filed")}</p>;
  }
  return (
    <form action={action} {...kept} className="mt-2 space-y-2">
      <input type="hidden" name="resellerId" value={resellerId} />
      <Label htmlFor="termination-reason">{t("reason")}</Label>
      <textarea id="termination-reason" name="reason" required maxLength={2000} rows={3} aria-describedby="termination-reason-error" className="input" />
      <FieldError id="termination-reason-error" state={state} field={FIELD.reason} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("filing")} className="btn-secondary">{t("submit")}</SubmitButton>
    </form>
  );
}
