"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { startScanForm } from "./actions";

/** Starts a scan; the page then shows its progress. */
export function RunScanButton({ label }: { label: string }) {
  const t = useTranslations("compliance.runButton");
  const [state, formAction] = useActionState(startScanForm, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="space-y-1">
      <SubmitButton pendingLabel={t("starting")} className="btn-primary">{label}</SubmitButton>
      <FormMessage state={state} success={state?.ok && state.data.alreadyRunning ? t("alreadyRunning") : undefined} />
    </form>
  );
}
