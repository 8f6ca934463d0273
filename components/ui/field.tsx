import type { FormState } from "@/lib/result";
import { FieldError } from "@/components/form-message";

/** A form control's label, in the one style every form uses. */
export function Label({ htmlFor, children, className = "" }: { htmlFor: string; children: React.ReactNode; className?: string }) {
  return (
    <label htmlFor={htmlFor} className={`block text-sm font-medium ${className}`}>
      {children}
    </label>
  );
}

/**
 * One form field: its label, the control (children, whose id is `id`; point its aria-describedby at `${id}-error`),
 * a hint and, given the form's state, the server's message for it.
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
      <Label htmlFor={id}>{label}</Label>
      <div className="mt-1">{children}</div>
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
      {state !== undefined && <FieldError id={`${id}-error`} state={state} field={field ?? id} />}
    </div>
  );
}
