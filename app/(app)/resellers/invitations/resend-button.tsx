"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendInvitationForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";

/** Sends the invitation again with a new link (the old one stops working); shows the new link once when there is no email. */
export function ResendButton({ invitationId, addressee, origin }: { invitationId: string; addressee: string; origin: string }) {
  const t = useTranslations("resellers.invitations.resend");
  const [state, action] = useActionState(resendInvitationForm, null);
  const buttonText = t.rich("button", { addressee, hidden: (chunks) => <span className="sr-only">{chunks}</span> });
  return (
    <form action={action} className="inline">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton pendingLabel={t("sending")} className="btn-secondary px-3 py-1">
        {buttonText}
      </SubmitButton>
      {state && !state.ok && <p role="alert" className="mt-1 text-xs text-red-700">{state.error}</p>}
      {state?.ok && (
        <p role="status" className="mt-1 max-w-xs break-all text-left text-xs text-green-800">
          {state.data.email ? `${t("sentTo", { email: state.data.email })} ` : `${t("newLink")} `}
          {!state.data.email && <span className="font-mono">{`${origin}/invitations/${state.data.token}`}</span>}
          {t("previousStops")}
        </p>
      )}
    </form>
  );
}
