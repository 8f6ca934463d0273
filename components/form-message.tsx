import type { FormState } from "@/lib/result";

/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ state, success }: { state: FormState<unknown>; success?: string }) {
  return (
    <div aria-live="polite" className="min-h-5 text-sm">
      {state && !state.ok && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      {state?.ok && success && <p className="text-green-700">{success}</p>}
    </div>
  );
}

/** The message for one field, tied to its input by id. */
export function FieldError({ id, state, field }: { id: string; state: FormState<unknown>; field: string }) {
  const messages = state && !state.ok ? state.fieldErrors?.[field] : undefined;
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {messages.join(" ")}
    </p>
  );
}
