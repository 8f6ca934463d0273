"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/result";
import { SubmitButton } from "./submit-button";
import { FormMessage } from "./form-message";

type FormActionFn = (previous: unknown, formData: FormData) => Promise<FormState<unknown>>;

/**
 * A final step behind a confirmation: the first button only asks ("Are you sure?"), the second does it. An optional
 * note field (kept after a refusal) goes with the confirmation.
 */
export function ConfirmAction({
  action,
  fields,
  label,
  question,
  confirmLabel,
  pendingLabel,
  done,
  note,
  danger = false,
}: {
  action: FormActionFn;
  fields: Record<string, string>;
  label: string;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  done: string;
  note?: { name: string; label: string; id: string };
  danger?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  const [noteText, setNoteText] = useState("");
  if (state?.ok) return <p role="status" className="text-sm text-green-800">{done}</p>;
  if (!asking) {
    return (
      <div className="space-y-1">
        <button type="button" className={danger ? "btn-secondary" : "btn-primary"} onClick={() => setAsking(true)}>
          {label}
        </button>
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2 rounded border border-slate-200 p-3" aria-label={question}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm font-medium">{question}</p>
      {note && (
        <div>
          <label htmlFor={note.id} className="block text-sm font-medium">{note.label}</label>
          <textarea id={note.id} name={note.name} rows={2} maxLength={1000} className="input mt-1" value={noteText} onChange={(event) => setNoteText(event.target.value)} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={pendingLabel} className={danger ? "btn-secondary" : "btn-primary"}>
          {confirmLabel}
        </SubmitButton>
        <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
