import type { FormState } from "@/lib/result";
import { Field } from "@/components/ui/field";

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
    <Field id={name} label={label} state={state}>
      <input id={name} name={name} type="password" autoComplete={autoComplete} required maxLength={200} aria-describedby={`${name}-error`} className="input" />
    </Field>
  );
}
