"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import type { FormState } from "@/lib/result";
import { rotateWebhookSecretForm } from "../actions";
import { SecretReveal } from "./secret-reveal";

/** Asks first (the old secret stops at once), then shows the new secret once. */
export function RotateSecret({ endpointId }: { endpointId: string }) {
  const t = useTranslations("webhooks.rotate");
  const [state, action] = useActionState(rotateWebhookSecretForm, null);
  const [openedWith, setOpenedWith] = useState<{ state: FormState<{ secret: string }> } | null>(null);
  const answered = openedWith !== null && state !== openedWith.state;
  const open = openedWith !== null && !(answered && state?.ok);
  return (
    <div className="space-y-2">
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => setOpenedWith(next ? { state } : null)}
        trigger={<button type="button" className="btn-secondary">{t("button")}</button>}
        title={t("question")}
        description={t("description")}
        form={{ action }}
        confirm={
          <SubmitButton pendingLabel={t("rotating")} className="btn-primary">
            {t("confirm")}
          </SubmitButton>
        }
      >
        <input type="hidden" name="endpointId" value={endpointId} />
        {answered && <FormMessage state={state} />}
      </ConfirmDialog>
      {!open && state?.ok && <SecretReveal heading={t("made")} secret={state.data.secret} />}
    </div>
  );
}
