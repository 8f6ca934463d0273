"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import Link from "next/link";
import { confirmEmailChangeForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const t = useTranslations("auth.changeEmail");
  const [state, action] = useActionState(confirmEmailChangeForm, null);
  const kept = useKeptEntries(state);
  if (state?.ok) {
    return (
      <div role="status" className="mt-6 space-y-2 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
        <p>{t("done", { email: state.data.email })}</p>
        <p>
          <Link href="/sign-in" className="font-medium text-brand-700 underline">{t("continue")}</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} {...kept} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {state.error}
        </p>
      )}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
