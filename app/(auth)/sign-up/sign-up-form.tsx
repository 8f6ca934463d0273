"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { signUpReseller } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

type Field = { name: string; label: string; type?: string; autoComplete?: string; hint?: string };

/** The name the server's field errors use for the country select. */
const COUNTRY_FIELD = "country";

type Prefill = { email?: string; partnerId?: string; invitation?: string };

export function SignUpForm({ countries, prefill = {} }: { countries: { code: string; label: string }[]; prefill?: Prefill }) {
  const t = useTranslations("auth.signUp");
  const organizationFields: Field[] = [
    { name: "legalName", label: t("legalName"), autoComplete: "organization" },
    { name: "partnerId", label: t("partnerId"), hint: t("partnerIdHint") },
    { name: "cspTenantId", label: t("cspTenantId"), hint: t("cspTenantIdHint") },
  ];
  const adminFields: Field[] = [
    { name: "adminName", label: t("adminName"), autoComplete: "name" },
    { name: "email", label: t("email"), type: "email", autoComplete: "username" },
    { name: "password", label: t("password"), type: "password", autoComplete: "new-password", hint: t("passwordHint") },
  ];
  const [state, action] = useActionState(signUpReseller, null);
  const kept = useKeptEntries(state);
  if (state?.ok) return <CheckYourInbox email={state.email} />;
  const entered = state?.ok === false ? state.values : undefined;
  const input = (field: Field) => (
    <div key={field.name}>
      <Label htmlFor={field.name}>
        {field.label}
      </Label>
      <input
        id={field.name}
        name={field.name}
        type={field.type ?? "text"}
        autoComplete={field.autoComplete}
        required
        defaultValue={field.type === "password" ? undefined : (entered?.[field.name] ?? prefill[field.name as keyof Prefill])}
        className="input mt-1"
        aria-describedby={`${field.name}-hint ${field.name}-error`}
      />
      {field.hint && (
        <p id={`${field.name}-hint`} className="mt-1 text-xs text-slate-600">
          {field.hint}
        </p>
      )}
      <FieldError id={`${field.name}-error`} state={state} field={field.name} />
    </div>
  );
  return (
    <form action={action} {...kept} className="mt-8 space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {prefill.invitation && <input type="hidden" name="invitation" value={prefill.invitation} />}
      <fieldset className="space-y-4">
        <legend className="text-lg font-medium">{t("organization")}</legend>
        {input(organizationFields[0]!)}
        <div>
          <Label htmlFor="country">{t("country")}</Label>
          <select id="country" name="country" required defaultValue={entered?.country ?? ""} key={entered?.country} className="input mt-1" aria-describedby="country-error">
            <option value="" disabled>
              {t("chooseCountry")}
            </option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.label}
              </option>
            ))}
          </select>
          <FieldError id="country-error" state={state} field={COUNTRY_FIELD} />
        </div>
        {organizationFields.slice(1).map(input)}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-medium">{t("adminUser")}</legend>
        {adminFields.map(input)}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** The one answer to a sign-up that was accepted, whether or not the address already had an account. */
function CheckYourInbox({ email }: { email: string }) {
  const t = useTranslations("auth.signUp");
  const sent = t.rich("sent", { email, strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <section role="status" className="mt-8 space-y-3 rounded-lg border border-green-300 bg-green-50 p-6">
      <h2 className="text-lg font-medium">{t("checkInbox")}</h2>
      <p className="text-sm">{sent}</p>
      <p className="text-sm text-slate-600">{t("nothingArrived")}</p>
    </section>
  );
}
