"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { updateOrganizationDetailsForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { keepValues } from "@/components/keep-values";
import { FieldError, FormMessage } from "@/components/form-message";
import type { ContactDetails } from "@/lib/data/organization-details";
import { Label } from "@/components/ui/field";

const fields = [
  { name: "legalName", autoComplete: "organization", required: true, type: "text" },
  { name: "address", autoComplete: "street-address", required: false, type: "text" },
  { name: "website", autoComplete: "url", required: false, type: "url" },
  { name: "phone", autoComplete: "tel", required: false, type: "tel" },
  { name: "contactName", autoComplete: "name", required: false, type: "text" },
  { name: "contactEmail", autoComplete: "email", required: false, type: "email" },
] as const;

/** Admins edit the organization's name and contact; the form names the version it was loaded at, and keeps what was typed after a refusal. */
const saveKeepingValues = keepValues(updateOrganizationDetailsForm);

export function OrganizationDetailsForm({ legalName, contact, version }: { legalName: string; contact: ContactDetails; version: number }) {
  const t = useTranslations("settings.organization");
  const [state, action, pending] = useActionState(saveKeepingValues, null);
  const kept = useKeptEntries(state);
  const shownVersion = state?.ok ? state.data.version : version;
  const saved: Record<string, string> = { legalName, ...Object.fromEntries(Object.entries(contact).map(([key, value]) => [key, value ?? ""])) };
  return (
    <form action={action} {...kept} className="mt-4 space-y-3" aria-busy={pending}>
      <input type="hidden" name="expectedVersion" value={shownVersion} />
      {fields.map((field) => (
        <div key={field.name}>
          <Label htmlFor={field.name}>
            {t(`field.${field.name}`)}
            {!field.required && <span className="font-normal text-slate-600"> {t("optional")}</span>}
          </Label>
          <input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required={field.required}
            defaultValue={state?.ok === false ? (state.values?.[field.name] ?? saved[field.name]) : saved[field.name]}
            aria-describedby={`${field.name}-error`}
            className="input mt-1"
          />
          <FieldError id={`${field.name}-error`} state={state} field={field.name} />
        </div>
      ))}
      <FormMessage state={state} success={t("saved")} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
