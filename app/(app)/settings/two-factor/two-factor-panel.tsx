"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
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
  const t = useTranslations("settings.twoFactor");
  const [setup, start] = useActionState(startTwoFactorEnrolmentForm, null);
  const keptSetup = useKeptEntries(setup);
  const [confirmed, confirm] = useActionState(confirmTwoFactorEnrolmentForm, null);
  const keptConfirmed = useKeptEntries(confirmed);
  const [turnedOff, turnOff] = useActionState(turnOffTwoFactorForm, null);
  const keptTurnedOff = useKeptEntries(turnedOff);

  if (confirmed?.ok) return <RecoveryCodes codes={confirmed.data.recoveryCodes} />;

  if (enabled) {
    return (
      <div className="mt-2 space-y-3 text-sm">
        <p>{t("enabled", { count: recoveryCodesLeft })}</p>
        {organizationRequires ? (
          <p>{t("cannotTurnOff")}</p>
        ) : (
          <form action={turnOff} {...keptTurnedOff} className="space-y-3">
            <CodeField id="off-code" label={t("offCode")} state={turnedOff} />
            <FormMessage state={turnedOff} />
            <SubmitButton pendingLabel={t("turningOff")} className="btn-secondary">
              {t("turnOff")}
            </SubmitButton>
          </form>
        )}
      </div>
    );
  }

  if (!setup?.ok) {
    return (
      <form action={start} {...keptSetup} className="mt-2 space-y-3 text-sm">
        <p>{t("needApp")}</p>
        <FormMessage state={setup} />
        <SubmitButton pendingLabel={t("preparing")}>{t("start")}</SubmitButton>
      </form>
    );
  }

  const cannotScan = t.rich("cannotScan", {
    secret: setup.data.secret,
    code: (chunks) => (
      <code data-testid="totp-secret" className="break-all font-mono">
        {chunks}
      </code>
    ),
  });
  return (
    <div className="mt-2 space-y-4 text-sm">
      <ol className="list-decimal space-y-2 pl-5">
        <li>{t("scan")}</li>
        <li>{t("enterCode")}</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
      <img src={setup.data.qrCode} alt={t("qrAlt")} width={200} height={200} className="border border-slate-200" />
      <p>
        {cannotScan}
      </p>
      <form action={confirm} {...keptConfirmed} className="space-y-3">
        <CodeField id="setup-code" label={t("appCode")} state={confirmed} />
        <FormMessage state={confirmed} />
        <SubmitButton pendingLabel={t("checking")}>{t("turnOn")}</SubmitButton>
      </form>
    </div>
  );
}

/** The name the server's field errors use. */
const CODE_FIELD = "code";

function CodeField({ id, label, state }: { id: string; label: string; state: FormState<unknown> }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input id={id} name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={40} aria-describedby={`${id}-error`} className="input mt-1 max-w-48" />
      <FieldError id={`${id}-error`} state={state} field={CODE_FIELD} />
    </div>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("settings.twoFactor");
  return (
    <div className="mt-2 space-y-3 text-sm" role="status">
      <p className="font-medium text-green-700">{t("isOn")}</p>
      <p>{t("saveCodes")}</p>
      <ul aria-label={t("recoveryCodes")} className="grid grid-cols-2 gap-1 font-mono">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
