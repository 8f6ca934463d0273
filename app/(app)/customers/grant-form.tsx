"use client";

import { useActionState } from "react";
import { recordCustomerGrantForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";

/** Records a customer's grant to manage its subscriptions; the customer gives the partner its tenant id. */
export function GrantForm({ tenantId }: { tenantId?: string }) {
  const [state, action] = useActionState(recordCustomerGrantForm, null);
  return (
    <form action={action} className="mt-3 max-w-xl space-y-2" aria-label="Record a customer's grant">
      {tenantId ? (
        <input type="hidden" name="tenantId" value={tenantId} />
      ) : (
        <div>
          <label htmlFor="grant-tenant" className="block text-sm font-medium">The customer&rsquo;s tenant ID</label>
          <input id="grant-tenant" name="tenantId" className="input mt-1" aria-describedby="grant-tenant-error" />
          <FieldError id="grant-tenant-error" state={state} field="tenantId" />
        </div>
      )}
      <FormMessage state={state} success={state?.ok ? `You now manage ${state.data.customerName}'s subscriptions.` : undefined} />
      <SubmitButton pendingLabel="Recording…" className="btn-secondary">Record the customer&rsquo;s grant</SubmitButton>
    </form>
  );
}
