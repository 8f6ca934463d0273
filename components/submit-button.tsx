"use client";

import { useFormStatus } from "react-dom";

/** A form's submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  disabled,
  className = "btn-primary",
  ...button
}: {
  children: React.ReactNode;
  pendingLabel: string;
  disabled?: boolean;
  className?: string;
} & Omit<React.ComponentProps<"button">, "type" | "children">) {
  const { pending } = useFormStatus();
  return (
    <button {...button} type="submit" disabled={pending || disabled} aria-disabled={pending || disabled} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}
