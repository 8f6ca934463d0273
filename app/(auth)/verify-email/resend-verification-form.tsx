"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { resendVerificationEmailForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** "Your address is not confirmed yet", with a button for a new link; on the status page and /verify-email. */
export function ResendVerificationForm({ email }: { email: string }) {
  const t = useTranslations("auth.verifyEmail");
  const [state, action] = useActionState(resendVerificationEmailForm, null);
  const kept = useKeptEntries(state);
  const sentTo = t.rich("sentTo", { email, strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <section role="status" aria-labelledby="verify-heading" className="mt-4 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="verify-heading" className="font-medium">{t("toContinue")}</h2>
      <p>{sentTo}</p>
      <form action={action} {...kept} className="space-y-2">
        <SubmitButton pendingLabel={t("sending")} className="btn-secondary px-3 py-1">{t("sendNewLink")}</SubmitButton>
        <FormMessage state={state} success={t("newLinkSent", { email })} />
      </form>
    </section>
  );
}
