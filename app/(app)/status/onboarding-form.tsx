"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { submitOnboardingForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { Field } from "@/components/ui/field";

type Details = { address?: string; website?: string; phone?: string };

/** The business details program support verifies; after a rejection the partner fixes them here and resubmits. */
export function OnboardingForm({ details, resubmit }: { details: Details | null; resubmit: boolean }) {
  const t = useTranslations("status.onboardingForm");
  const [state, action] = useActionState(submitOnboardingForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-3 grid max-w-xl gap-3" aria-label={t("label")}>
      <Field id="address" label={t("address")} state={state}>
        <textarea id="address" name="address" rows={2} maxLength={300} defaultValue={details?.address} className="input" aria-describedby="address-error" />
      </Field>
      <Field id="website" label={t("website")} state={state}>
        <input id="website" name="website" type="url" placeholder={t("websitePlaceholder")} defaultValue={details?.website} className="input" aria-describedby="website-error" />
      </Field>
      <Field id="phone" label={t("phone")} state={state}>
        <input id="phone" name="phone" type="tel" defaultValue={details?.phone} className="input" aria-describedby="phone-error" />
      </Field>
      <FormMessage state={state} success={t("success")} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{resubmit ? t("resubmit") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
