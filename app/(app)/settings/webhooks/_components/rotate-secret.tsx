"use client";

import { useActionState, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import type { FormState } from "@/lib/result";
import { rotateWebhookSecretForm } from "../actions";
import { SecretReveal } from "./secret-reveal";

/** Asks first (the old secret stops at once), then shows the new secret once. */
export function RotateSecret({ endpointId }: { endpointId: string }) {
  const [state, action] = useActionState(rotateWebhookSecretForm, null);
  const [openedWith, setOpenedWith] = useState<{ state: FormState<{ secret: string }> } | null>(null);
  const answered = openedWith !== null && state !== openedWith.state;
  const open = openedWith !== null && !(answered && state?.ok);
  return (
    <div className="space-y-2">
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => setOpenedWith(next ? { state } : null)}
        trigger={<button type="button" className="btn-secondary">Rotate secret</button>}
        title="Make a new signing secret?"
        description="Requests are signed with the new secret from now on; your receiver must use it at once, as the old one stops verifying."
        form={{ action }}
        confirm={
          <SubmitButton pendingLabel="Rotating…" className="btn-primary">
            Yes, make a new secret
          </SubmitButton>
        }
      >
        <input type="hidden" name="endpointId" value={endpointId} />
        {answered && <FormMessage state={state} />}
      </ConfirmDialog>
      {!open && state?.ok && <SecretReveal heading="New secret made." secret={state.data.secret} />}
    </div>
  );
}
