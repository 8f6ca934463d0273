"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { updateWebhookEndpointKindsForm } from "../actions";
import { EventKindBoxes } from "./event-kind-boxes";

const ID_PREFIX = "edit";

/** Changes which events an endpoint receives (from the next event on). */
export function EventKindsForm({ endpointId, kinds }: { endpointId: string; kinds: readonly string[] }) {
  const t = useTranslations("webhooks.kindsForm");
  const [state, action] = useActionState(updateWebhookEndpointKindsForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="space-y-3">
      <input type="hidden" name="endpointId" value={endpointId} />
      <EventKindBoxes idPrefix={ID_PREFIX} checked={kinds} error={state && !state.ok ? state.fieldErrors?.eventKinds : undefined} />
      <FormMessage state={state} success={t("saved")} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
