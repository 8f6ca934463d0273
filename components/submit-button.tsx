"use client";

import { useFormStatus } from "react-dom";

/** A form's submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  disabled,
  className = "btn-primary",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  disabled?: boolean;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || disabled} aria-disabled={pending || disabled} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}
