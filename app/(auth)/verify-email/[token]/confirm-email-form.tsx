"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import Link from "next/link";
import { confirmEmailAddress } from "../actions";
import { SubmitButton } from "@/components/submit-button";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth.verifyEmail");
  const [state, action] = useActionState(confirmEmailAddress, null);
  const kept = useKeptEntries(state);
  const signInForNewLink = t.rich("signInForNewLink", {
    link: (chunks) => (
      <Link href="/sign-in" className="font-medium text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  return (
    <form action={action} {...kept} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>{state.error}</p>
          <p>
            {signInForNewLink}
          </p>
        </div>
      ) : (
        <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
      )}
    </form>
  );
}
