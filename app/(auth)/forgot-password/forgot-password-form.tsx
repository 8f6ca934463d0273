"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { requestPasswordResetForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** The name the server's field errors use. */
const EMAIL_FIELD = "email";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgotPassword");
  const [state, action] = useActionState(requestPasswordResetForm, null);
  const kept = useKeptEntries(state);
  if (state?.ok) {
    const sent = t.rich("sent", { email: state.data.email, strong: (chunks) => <strong>{chunks}</strong> });
    return (
      <section role="status" className="mt-8 space-y-3 rounded-lg border border-green-300 bg-green-50 p-6">
        <h2 className="text-lg font-medium">{t("checkInbox")}</h2>
        <p className="text-sm">{sent}</p>
        <p className="text-sm text-slate-600">{t("nothingArrived")}</p>
      </section>
    );
  }
  return (
    <form action={action} {...kept} className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div>
        <Label htmlFor="email">{t("email")}</Label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.ok === false ? state.values?.email : undefined}
          aria-describedby="email-error"
          className="input mt-1"
        />
        <FieldError id="email-error" state={state} field={EMAIL_FIELD} />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
