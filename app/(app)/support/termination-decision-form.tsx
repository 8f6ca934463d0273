"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { decideTerminationForm } from "./actions";
import { FieldError, FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";

type Parties = { provider: string; reseller: string; activeSubscriptions: number };

/**
 * Approve or reject one request; the note is shown to the partners (and needed to reject). Either decision is
 * final, so it is asked again first, naming both organizations and the subscriptions that keep running; the answer
 * then says what happened.
 */
export function TerminationDecisionForm({ requestId, label, parties }: { requestId: string; label: string; parties: Parties }) {
  const t = useTranslations("support.terminationForm");
  const [state, action] = useActionState(decideTerminationForm, null);
  const kept = useKeptEntries(state);
  const [asking, setAsking] = useState<"approve" | "reject" | null>(null);
  const noteId = `note-${requestId}`;
  const names = { provider: parties.provider, reseller: parties.reseller, count: parties.activeSubscriptions };
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const approveQuestion = t.rich("approveQuestion", { ...names, strong });
  const rejectQuestion = t.rich("rejectQuestion", { ...names, strong });
  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-green-800">
        {state.data.status === "terminated" ? t("terminated", names) : t("rejected", { ...names, status: state.data.status })}
      </p>
    );
  }
  return (
    <form action={action} {...kept} className="space-y-2" aria-label={t("label", { label })}>
      <input type="hidden" name="requestId" value={requestId} />
      <label htmlFor={noteId} className="block text-sm font-medium">{t("note")}</label>
      <textarea id={noteId} name="note" rows={2} maxLength={2000} className="input" aria-describedby={`${noteId}-error`} />
      <FieldError id={`${noteId}-error`} state={state} field="note" />
      {asking === null ? (
        <div className="flex gap-2">
          <button type="button" className="btn-primary" onClick={() => setAsking("approve")}>
            {t("approve")}
          </button>
          <button type="button" className="btn-secondary" onClick={() => setAsking("reject")}>
            {t("reject")}
          </button>
        </div>
      ) : (
        <div role="alertdialog" aria-label={t("confirmLabel")} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" onKeyDown={(event) => event.key === "Escape" && setAsking(null)}>
          <input type="hidden" name="decision" value={asking} />
          {asking === "approve" ? (
            <p>{approveQuestion}</p>
          ) : (
            <p>{rejectQuestion}</p>
          )}
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel={t("saving")} className={asking === "approve" ? "btn-primary" : "btn-secondary"}>
              {asking === "approve" ? t("approveConfirm") : t("rejectConfirm")}
            </SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setAsking(null)} autoFocus>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}
