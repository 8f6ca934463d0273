"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { setCustomerTwoFactorForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** The customer's admin turns the customer's two-factor requirement on or off for its admins. */
export function CustomerTwoFactorForm({ required }: { required: boolean }) {
  const t = useTranslations("customer.security");
  const [state, action] = useActionState(setCustomerTwoFactorForm, null);
  const kept = useKeptEntries(state);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const shownRequired = state?.ok ? state.data.requireTwoFactor : required;
  const requirement = shownRequired ? t.rich("required", { strong }) : t.rich("optional", { strong });
  return (
    <form action={action} {...kept} className="mt-2 space-y-3">
      <p className="text-sm">
        {requirement}
      </p>
      <input type="hidden" name="required" value={shownRequired ? "false" : "true"} />
      <FormMessage state={state} success={t("saved")} />
      <SubmitButton pendingLabel={t("saving")} className="btn-secondary">
        {shownRequired ? t("makeOptional") : t("require")}
      </SubmitButton>
    </form>
  );
}
