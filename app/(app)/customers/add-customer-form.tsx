"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import Link from "next/link";
import { addPartnerCustomerForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field, Label } from "@/components/ui/field";

/** Records a new customer; the rules refuse a country outside the partner's region. */
export function AddCustomerForm({ countries }: { countries: { code: string; label: string }[] }) {
  const t = useTranslations("customers.addForm");
  const [state, action] = useActionState(addPartnerCustomerForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-3 grid max-w-xl gap-3" aria-label={t("label")}>
      <Field id="customer-name" label={t("name")} state={state} field="name">
        <input id="customer-name" name="name" maxLength={200} className="input" aria-describedby="customer-name-error" />
      </Field>
      <div>
        <Label htmlFor="customer-country">{t("country")}</Label>
        <select id="customer-country" name="country" defaultValue="" className="input mt-1" aria-describedby="customer-country-error">
          <option value="" disabled>{t("chooseCountry")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>{country.label}</option>
          ))}
        </select>
        <FieldError id="customer-country-error" state={state} field="country" />
      </div>
      <div>
        <Label htmlFor="customer-tenant">{t("tenantId")}</Label>
        <input id="customer-tenant" name="tenantId" className="input mt-1" aria-describedby="customer-tenant-hint customer-tenant-error" />
        <p id="customer-tenant-hint" className="mt-1 text-xs text-slate-600">{t("tenantHint")}</p>
        <FieldError id="customer-tenant-error" state={state} field="tenantId" />
      </div>
      <FormMessage state={state} success={t("success")} />
      {state?.ok && (
        <p className="text-sm">
          <Link href={`/customers/${state.data.customerId}`} className="text-brand-700 underline">{t("open")}</Link>
        </p>
      )}
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
