"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/result";
import { SubmitButton } from "./submit-button";

type FormActionFn = (previous: unknown, formData: FormData) => Promise<FormState<unknown>>;

/**
 * A button for something final (removing a member, changing a role, signing a session out): the first press asks,
 * naming what will happen; only "Yes" submits. Escape or "Cancel" go back. The outcome is announced.
 */
export function ConfirmStep({
  action,
  label,
  question,
  confirmLabel,
  pendingLabel,
  success,
  fields,
}: {
  action: FormActionFn;
  label: React.ReactNode;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  success?: string;
  fields: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, null);
  // Asking lasts while the answer is the one seen when the question was asked: a new answer closes it.
  const [askedWith, setAskedWith] = useState<{ state: FormState<unknown> } | null>(null);
  const asking = askedWith !== null && askedWith.state === state;
  const setAsking = (value: boolean) => setAskedWith(value ? { state } : null);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.querySelector("button")?.focus();
  }, [asking]);
  return (
    <div className="inline-block text-left">
      {asking ? (
        <form action={formAction} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2" onKeyDown={(event) => event.key === "Escape" && setAsking(false)}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p className="text-sm">{question}</p>
          <div ref={confirmRef} className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel={pendingLabel} className="btn-primary px-3 py-1">
              {confirmLabel}
            </SubmitButton>
            <button type="button" className="btn-secondary px-3 py-1" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="btn-secondary px-3 py-1" onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
      <div aria-live="polite" className="text-xs">
        {state && !state.ok && (
          <p role="alert" className="mt-1 text-red-700">
            {state.error}
          </p>
        )}
        {state?.ok && success && <p className="mt-1 text-green-700">{success}</p>}
      </div>
    </div>
  );
}
