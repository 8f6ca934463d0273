"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationForm, declineInvitationForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

/** Accept or decline; each answer is its own form so that the server action gets exactly one intent. */
export function AnswerForm({ token, providerName, canAccept }: { token: string; providerName: string; canAccept: boolean }) {
  const t = useTranslations("invitations.answer");
  const [accepted, accept] = useActionState(acceptInvitationForm, null);
  const [declined, decline] = useActionState(declineInvitationForm, null);
  if (accepted?.ok) {
    return <p role="status" className="font-medium text-green-800">{t("accepted", { name: providerName })}</p>;
  }
  if (declined?.ok) {
    return <p role="status" className="font-medium text-slate-800">{t("declined", { name: providerName })}</p>;
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <form action={accept}>
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel={t("accepting")} disabled={!canAccept}>{t("accept")}</SubmitButton>
        </form>
        <form action={decline}>
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel={t("declining")} className="btn-secondary">{t("decline")}</SubmitButton>
        </form>
      </div>
      <FormMessage state={accepted} />
      <FormMessage state={declined} />
    </div>
  );
}
