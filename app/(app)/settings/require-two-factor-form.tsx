"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { setRequireTwoFactorForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** Admins turn the organization's two-factor requirement on or off; the form names the version it was loaded at. */
export function RequireTwoFactorForm({ required, version }: { required: boolean; version: number }) {
  const t = useTranslations("settings.organizationSecurity");
  const [state, action] = useActionState(setRequireTwoFactorForm, null);
  const kept = useKeptEntries(state);
  const shownRequired = state?.ok ? state.data.required : required;
  const shownVersion = state?.ok ? state.data.version : version;
  const stateSentence = t.rich("state", { required: String(shownRequired), strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <form action={action} {...kept} className="mt-4 space-y-3">
      <p className="text-sm">
        {stateSentence}
        {shownRequired ? "" : ` ${t("requiringAsks")}`}
      </p>
      <input type="hidden" name="required" value={shownRequired ? "false" : "true"} />
      <input type="hidden" name="expectedVersion" value={shownVersion} />
      <FormMessage state={state} success={t("saved")} />
      <SubmitButton pendingLabel={t("saving")} className="btn-secondary">
        {shownRequired ? t("makeOptional") : t("require")}
      </SubmitButton>
    </form>
  );
}
