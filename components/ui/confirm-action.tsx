"use client";

import { useActionState, useId, useState } from "react";
import type { FormState } from "@/lib/result";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { ConfirmDialog } from "./confirm-dialog";
import { Field } from "./field";

type FormActionFn = (previous: unknown, formData: FormData) => Promise<FormState<unknown>>;

/**
 * A button for something final (removing a member, accepting an order, signing a session out): it opens the confirm
 * dialog naming what will happen, and only the dialog's confirm button runs the action. A refusal is shown in the
 * dialog, which stays open with the note as typed; success closes it and is announced beside the button.
 */
export function ConfirmAction({
  action,
  fields,
  label,
  question,
  description,
  confirmLabel,
  pendingLabel,
  success,
  note,
  primary = false,
  compact = false,
}: {
  action: FormActionFn;
  fields: Record<string, string>;
  /** The button that opens the dialog; give it the record's name (visually hidden if need be) when there are many. */
  label: React.ReactNode;
  question: string;
  description?: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  success?: string;
  note?: { name: string; label: string; maxLength?: number };
  /** The opening button in the primary style, for the expected answer (accept) rather than a way out. */
  primary?: boolean;
  compact?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  // Open while no new success came in since it was opened: success closes it, a refusal keeps it open.
  const [openedWith, setOpenedWith] = useState<{ state: FormState<unknown> } | null>(null);
  const answered = openedWith !== null && state !== openedWith.state;
  const open = openedWith !== null && !(answered && state?.ok);
  const [noteText, setNoteText] = useState("");
  const size = compact ? " px-3 py-1" : "";
  const noteId = useId();
  return (
    <div className="inline-block space-y-1 text-left">
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => setOpenedWith(next ? { state } : null)}
        trigger={<button type="button" className={`${primary ? "btn-primary" : "btn-secondary"}${size}`}>{label}</button>}
        title={question}
        description={description}
        form={{ action: formAction }}
        confirm={
          <SubmitButton pendingLabel={pendingLabel} className="btn-primary">
            {confirmLabel}
          </SubmitButton>
        }
      >
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {note && (
          <Field id={noteId} label={note.label}>
            <textarea id={noteId} name={note.name} rows={2} maxLength={note.maxLength ?? 1000} className="input" value={noteText} onChange={(event) => setNoteText(event.target.value)} />
          </Field>
        )}
        {answered && <FormMessage state={state} />}
      </ConfirmDialog>
      {!open && state?.ok && success && (
        <p role="status" className="text-sm text-green-800">
          {success}
        </p>
      )}
    </div>
  );
}
