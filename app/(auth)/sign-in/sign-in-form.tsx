"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { signInWithPassword } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import type { SignInState } from "@/lib/validation/auth";
import { Label } from "@/components/ui/field";

export function SignInForm({ returnTo }: { returnTo: string | null }) {
  const t = useTranslations("auth.signIn");
  const [state, action] = useActionState<SignInState, FormData>(signInWithPassword, null);
  const kept = useKeptEntries(state);
  const askCode = state?.step === "code";
  return (
    <form action={action} {...kept} className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {askCode ? (
        <div>
          <input type="hidden" name="step" value="code" />
          <Label htmlFor="code">{t("code")}</Label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            required
            maxLength={40}
            aria-describedby="code-help"
            className="input mt-1"
          />
          <p id="code-help" className="mt-1 text-sm text-slate-600">
            {t("codeHelp")}
          </p>
        </div>
      ) : (
        <>
          <div>
            <Label htmlFor="email">{t("email")}</Label>
            <input id="email" name="email" type="email" autoComplete="username" required className="input mt-1" />
          </div>
          <div>
            <Label htmlFor="password">{t("password")}</Label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className="input mt-1"
            />
          </div>
        </>
      )}
      <div aria-live="polite" className="min-h-5 text-sm">
        {state?.error && (
          <p role="alert" className="text-red-700">
            {state.error}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel={askCode ? t("checking") : t("signingIn")}>{askCode ? t("verify") : t("submit")}</SubmitButton>
    </form>
  );
}
