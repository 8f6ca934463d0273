"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { createSubscriptionForm } from "../../actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field, Label } from "@/components/ui/field";

type Props = {
  resellerId: string;
  resellerName: string;
  requestKey: string;
  customers: { id: string; name: string; country: string }[];
  countries: { code: string; name: string; regionName: string }[];
};

/** The form's field names, as the action reports its errors by them (for machines, not people). */
const FIELD = { customerId: "customerId", customerCountry: "customerCountry" } as const;

export function NewSubscriptionForm({ resellerId, resellerName, requestKey, customers, countries }: Props) {
  const t = useTranslations("resellers.newSubscription.form");
  const [state, action] = useActionState(createSubscriptionForm, null);
  const kept = useKeptEntries(state);
  if (state?.ok) {
    return (
      <div role="status" className="space-y-2">
        <p className="font-medium text-green-800">
          {t("created", { customer: state.data.customerName, reseller: resellerName })}
        </p>
        <Link href={`/resellers/${resellerId}`} className="btn-secondary">{t("back", { name: resellerName })}</Link>
      </div>
    );
  }
  return (
    <form action={action} {...kept} className="space-y-5">
      <input type="hidden" name="resellerId" value={resellerId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <fieldset className="space-y-3">
        <legend className="font-medium">{t("customer")}</legend>
        <div>
          <Label htmlFor="customerId">{t("existing", { name: resellerName })}</Label>
          <select id="customerId" name="customerId" defaultValue="" className="input mt-1" aria-describedby="customerId-error">
            <option value="">{t("newCustomerOption")}</option>
            {customers.map((customer) => (
              <option key={customer.id} value={customer.id}>{customer.name} ({customer.country})</option>
            ))}
          </select>
          <FieldError id="customerId-error" state={state} field={FIELD.customerId} />
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="customerName" label={t("customerName")} state={state}>
            <input id="customerName" name="customerName" maxLength={200} className="input" aria-describedby="customerName-error" />
          </Field>
          <div>
            <Label htmlFor="customerCountry">{t("customerCountry")}</Label>
            <select id="customerCountry" name="customerCountry" defaultValue="" className="input mt-1" aria-describedby="customerCountry-error">
              <option value="">{t("chooseCountry")}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>{country.name} ({country.regionName})</option>
              ))}
            </select>
            <FieldError id="customerCountry-error" state={state} field={FIELD.customerCountry} />
          </div>
        </div>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-medium">{t("subscription")}</legend>
        <Field id="offerName" label={t("offer")} state={state}>
          <input id="offerName" name="offerName" required maxLength={200} className="input" aria-describedby="offerName-error" />
        </Field>
        <div>
          <Label htmlFor="publisher">{t("publisher")}</Label>
          <select id="publisher" name="publisher" defaultValue="first-party" className="input mt-1">
            <option value="first-party">{t("firstParty")}</option>
            <option value="third-party">{t("thirdParty")}</option>
          </select>
        </div>
        <Field id="quantity" label={t("quantity")} state={state}>
          <input id="quantity" name="quantity" type="number" min={1} max={1000000} defaultValue={1} required className="input" aria-describedby="quantity-error" />
        </Field>
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("creating")}>{t("submit")}</SubmitButton>
    </form>
  );
}
