import type { FormState } from "@/lib/actions/result";
import { FieldError } from "@/components/form-message";

/**
 * One form field: its label, the control (children, whose id is `id`; point its aria-describedby at `${id}-error`)
 * and, given the form's state, the server's message for it.
 */
export function Field({
  id,
  label,
  state,
  field,
  hint,
  className,
  children,
}: {
  id: string;
  label: React.ReactNode;
  state?: FormState<unknown>;
  /** The name the server's field errors use, when it is not the control's id. */
  field?: string;
  hint?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
      {state !== undefined && <FieldError id={`${id}-error`} state={state} field={field ?? id} />}
    </div>
  );
}
