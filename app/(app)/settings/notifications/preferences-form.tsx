"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import type { NotificationDeliveryChoice } from "@/lib/notifications/kinds";
import { deliveryKey } from "@/lib/notifications/labels";
import { keepValues } from "@/components/keep-values";
import { saveNotificationPreferencesForm } from "./actions";

const saveKeepingValues = keepValues(saveNotificationPreferencesForm);

type Row = { kind: string; label: string; delivery: NotificationDeliveryChoice };

const choices: NotificationDeliveryChoice[] = ["in-app", "email", "off"];


/** One group of three radio buttons per kind; the form keeps the choices made even when saving is refused. */
export function PreferencesForm({ preferences }: { preferences: Row[] }) {
  const t = useTranslations("settings.notifications");
  const notifications = useTranslations("notifications");
  const [state, formAction] = useActionState(saveKeepingValues, null);
  const kept = useKeptEntries(state);
  // After a refusal, the choices made before pressing Save, not the stored ones.
  const entered = state?.ok === false ? state.values : undefined;
  return (
    <form action={formAction} {...kept} className="card space-y-4">
      {preferences.map((row) => (
        <fieldset key={`${row.kind}:${entered?.[`kind:${row.kind}`] ?? row.delivery}`} className="space-y-1" data-testid={`preference-${row.kind}`}>
          <legend className="text-sm font-medium">{row.label}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {choices.map((choice) => (
              <label key={choice} className="inline-flex items-center gap-2">
                <input type="radio" name={`kind:${row.kind}`} value={choice} defaultChecked={(entered?.[`kind:${row.kind}`] ?? row.delivery) === choice} />
                {notifications(deliveryKey[choice])}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      <FormMessage state={state} success={t("saved")} />
    </form>
  );
}
