"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { requestProviderRelationshipEndForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** The form's field names, as the action reports its errors by them (for machines, not people). */
const FIELD = { reason: "reason" } as const;

/** Asks program support to end one relationship; the reason goes with the request. */
export function EndRelationshipForm({ relationshipId, providerName }: { relationshipId: string; providerName: string }) {
  const t = useTranslations("providers.endForm");
  const [state, action] = useActionState(requestProviderRelationshipEndForm, null);
  const kept = useKeptEntries(state);
  const id = `end-reason-${relationshipId}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700 underline">{t("summary")}</summary>
      <form action={action} {...kept} className="mt-2 max-w-lg space-y-2">
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <Label htmlFor={id}>
          {t("reason", { name: providerName })}
        </Label>
        <textarea id={id} name="reason" rows={2} maxLength={2000} className="input" aria-describedby={`${id}-error`} />
        <FieldError id={`${id}-error`} state={state} field={FIELD.reason} />
        <FormMessage state={state} success={t("sent")} />
        <SubmitButton pendingLabel={t("sending")} className="btn-secondary">
          {t("submit")}
        </SubmitButton>
      </form>
    </details>
  );
}
