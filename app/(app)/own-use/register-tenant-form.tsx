"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { registerInternalTenantForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field, Label } from "@/components/ui/field";

/** Registers a customer-type tenant the organization owns, for its own use. */
export function RegisterTenantForm() {
  const [state, action] = useActionState(registerInternalTenantForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-3 grid max-w-xl gap-3" aria-label="Register an internal-use tenant">
      <Field id="tenant-name" label="Name" state={state} field="name">
        <input id="tenant-name" name="name" maxLength={200} placeholder="e.g. Our internal IT" className="input" aria-describedby="tenant-name-error" />
      </Field>
      <div>
        <Label htmlFor="tenant-id">Tenant ID</Label>
        <input id="tenant-id" name="tenantId" className="input mt-1" aria-describedby="tenant-id-hint tenant-id-error" />
        <p id="tenant-id-hint" className="mt-1 text-xs text-slate-600">A customer-type tenant, not your CSP tenant.</p>
        <FieldError id="tenant-id-error" state={state} field="tenantId" />
      </div>
      <FormMessage state={state} success="Internal-use tenant registered." />
      <div>
        <SubmitButton pendingLabel="Registering…" className="btn-secondary">Register tenant</SubmitButton>
      </div>
    </form>
  );
}
