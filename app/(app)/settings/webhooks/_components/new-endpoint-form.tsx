"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { Field } from "@/components/ui/field";
import { createWebhookEndpointForm } from "../actions";
import { EventKindBoxes } from "./event-kind-boxes";
import { SecretReveal } from "./secret-reveal";

const ID_PREFIX = "new";
/** The name the server's field errors use. */
const URL_FIELD = "url";

/** Registers an endpoint; on success the secret is shown once, above a fresh form. */
export function NewEndpointForm() {
  const t = useTranslations("webhooks.newEndpoint");
  const [state, action] = useActionState(createWebhookEndpointForm, null);
  const kept = useKeptEntries(state);
  return (
    <div className="space-y-4">
      {state?.ok && <SecretReveal heading={t("added")} secret={state.data.secret} />}
      <form action={action} {...kept} className="space-y-3">
        <Field id="webhook-url" label={t("url")} field={URL_FIELD} state={state} hint={t("urlHint")}>
          <input id="webhook-url" name="url" type="url" inputMode="url" required maxLength={2000} placeholder={t("urlPlaceholder")} aria-describedby="webhook-url-error" className="input" />
        </Field>
        <EventKindBoxes idPrefix={ID_PREFIX} checked={[]} error={state && !state.ok ? state.fieldErrors?.eventKinds : undefined} />
        <FormMessage state={state} />
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </form>
    </div>
  );
}
