"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import Link from "next/link";
import { addPartnerCustomerForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field, Label } from "@/components/ui/field";

/** Records a new customer; the rules refuse a country outside the partner's region. */
export function AddCustomerForm({ countries }: { countries: { code: string; label: string }[] }) {
  const [state, action] = useActionState(addPartnerCustomerForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-3 grid max-w-xl gap-3" aria-label="Add a customer">
      <Field id="customer-name" label="Customer name" state={state} field="name">
        <input id="customer-name" name="name" maxLength={200} className="input" aria-describedby="customer-name-error" />
      </Field>
      <div>
        <Label htmlFor="customer-country">Country of the customer&rsquo;s tenant</Label>
        <select id="customer-country" name="country" defaultValue="" className="input mt-1" aria-describedby="customer-country-error">
          <option value="" disabled>Choose a country</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>{country.label}</option>
          ))}
        </select>
        <FieldError id="customer-country-error" state={state} field="country" />
      </div>
      <div>
        <Label htmlFor="customer-tenant">Customer tenant ID (optional)</Label>
        <input id="customer-tenant" name="tenantId" className="input mt-1" aria-describedby="customer-tenant-hint customer-tenant-error" />
        <p id="customer-tenant-hint" className="mt-1 text-xs text-slate-600">Leave blank to create a new tenant for the customer.</p>
        <FieldError id="customer-tenant-error" state={state} field="tenantId" />
      </div>
      <FormMessage state={state} success="Customer added." />
      {state?.ok && (
        <p className="text-sm">
          <Link href={`/customers/${state.data.customerId}`} className="text-brand-700 underline">Open the new customer</Link>
        </p>
      )}
      <div>
        <SubmitButton pendingLabel="Adding…">Add customer</SubmitButton>
      </div>
    </form>
  );
}
