"use client";

import { useActionState } from "react";
import { confirmTwoFactorEnrolmentForm, startTwoFactorEnrolmentForm, turnOffTwoFactorForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import type { FormState } from "@/lib/result";

/**
 * One component for every state, so the recovery codes (held only in this component's state) stay on screen when the
 * page re-renders after two-factor sign-in is turned on.
 */
export function TwoFactorPanel({
  enabled,
  recoveryCodesLeft,
  organizationRequires,
}: {
  enabled: boolean;
  recoveryCodesLeft: number;
  organizationRequires: boolean;
}) {
  const [setup, start] = useActionState(startTwoFactorEnrolmentForm, null);
  const [confirmed, confirm] = useActionState(confirmTwoFactorEnrolmentForm, null);
  const [turnedOff, turnOff] = useActionState(turnOffTwoFactorForm, null);

  if (confirmed?.ok) return <RecoveryCodes codes={confirmed.data.recoveryCodes} />;

  if (enabled) {
    return (
      <div className="mt-2 space-y-3 text-sm">
        <p>Signing in asks for a code from your authenticator app. You have {recoveryCodesLeft} unused recovery codes.</p>
        {organizationRequires ? (
          <p>Your organization requires two-factor sign-in, so it cannot be turned off.</p>
        ) : (
          <form action={turnOff} className="space-y-3">
            <CodeField id="off-code" label="Current code (or a recovery code) to turn it off" state={turnedOff} />
            <FormMessage state={turnedOff} />
            <SubmitButton pendingLabel="Turning off…" className="btn-secondary">
              Turn off two-factor sign-in
            </SubmitButton>
          </form>
        )}
      </div>
    );
  }

  if (!setup?.ok) {
    return (
      <form action={start} className="mt-2 space-y-3 text-sm">
        <p>You will need an authenticator app (Microsoft Authenticator, or any app for time-based codes) on your phone.</p>
        <FormMessage state={setup} />
        <SubmitButton pendingLabel="Preparing…">Start set-up</SubmitButton>
      </form>
    );
  }

  return (
    <div className="mt-2 space-y-4 text-sm">
      <ol className="list-decimal space-y-2 pl-5">
        <li>Scan this QR code with your authenticator app.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
      <img src={setup.data.qrCode} alt="QR code for your authenticator app" width={200} height={200} className="border border-slate-200" />
      <p>
        Cannot scan? Enter this key by hand: <code data-testid="totp-secret" className="break-all font-mono">{setup.data.secret}</code>
      </p>
      <form action={confirm} className="space-y-3">
        <CodeField id="setup-code" label="Code from the app" state={confirmed} />
        <FormMessage state={confirmed} />
        <SubmitButton pendingLabel="Checking…">Turn on two-factor sign-in</SubmitButton>
      </form>
    </div>
  );
}

function CodeField({ id, label, state }: { id: string; label: string; state: FormState<unknown> }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input id={id} name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={40} aria-describedby={`${id}-error`} className="input mt-1 max-w-48" />
      <FieldError id={`${id}-error`} state={state} field="code" />
    </div>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="mt-2 space-y-3 text-sm" role="status">
      <p className="font-medium text-green-700">Two-factor sign-in is on.</p>
      <p>
        Save these recovery codes somewhere safe. Each signs you in once if you lose your phone. They are shown only now.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
