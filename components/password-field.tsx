import type { FormState } from "@/lib/result";
import { FieldError } from "./form-message";

/**
 * A labelled password input with its field error. Never pre-filled: a refused form gives back what was typed except
 * passwords.
 */
export function PasswordField({
  name,
  label,
  autoComplete = "new-password",
  state,
}: {
  name: string;
  label: string;
  autoComplete?: "new-password" | "current-password";
  state: FormState<unknown>;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input id={name} name={name} type="password" autoComplete={autoComplete} required maxLength={200} aria-describedby={`${name}-error`} className="input mt-1" />
      <FieldError id={`${name}-error`} state={state} field={name} />
    </div>
  );
}
