"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { recordDirectBillCapabilitiesForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

const ITEMS = [{ name: "apiIntegration" }, { name: "billing" }, { name: "support" }, { name: "managedServices" }] as const;

/** An admin records which of the four direct-bill requirements the organization has in place. */
export function CapabilitiesForm({ current }: { current: Record<(typeof ITEMS)[number]["name"], boolean> }) {
  const t = useTranslations("status.capabilitiesForm");
  const [state, action] = useActionState(recordDirectBillCapabilitiesForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-4 space-y-2" aria-label={t("label")}>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("legend")}</legend>
        {ITEMS.map((item) => (
          <div key={item.name} className="flex items-center gap-2">
            <input id={`cap-${item.name}`} name={item.name} type="checkbox" defaultChecked={current[item.name]} />
            <label htmlFor={`cap-${item.name}`} className="text-sm">{t(`items.${item.name}`)}</label>
          </div>
        ))}
      </fieldset>
      <FormMessage state={state} success={t("success")} />
      <SubmitButton pendingLabel={t("pending")} className="btn-secondary">{t("submit")}</SubmitButton>
    </form>
  );
}
