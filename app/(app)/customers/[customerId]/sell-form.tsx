"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { useOncePerForm } from "@/components/use-once-per-form";
import { sellCustomerSubscriptionForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { Field, Label } from "@/components/ui/field";

/** A direct-bill partner sells a subscription; one request key per rendered form, so a double click makes one row. */
export function SellForm({ customerId }: { customerId: string }) {
  const [state, action] = useActionState(sellCustomerSubscriptionForm, null);
  const kept = useKeptEntries(state);
  const { requestKey, submit } = useOncePerForm(action);
  return (
    <form
      action={submit}
      {...kept}
      className="mt-3 grid max-w-xl gap-3"
      aria-label="Sell a subscription"
    >
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <Field id="offerName" label="Offer" state={state}>
        <input id="offerName" name="offerName" maxLength={200} placeholder="e.g. Microsoft 365 Business Premium" className="input" aria-describedby="offerName-error" />
      </Field>
      <div>
        <Label htmlFor="publisher">Publisher</Label>
        <select id="publisher" name="publisher" defaultValue="first-party" className="input mt-1">
          <option value="first-party">Microsoft (first-party)</option>
          <option value="third-party">Marketplace (third-party)</option>
        </select>
      </div>
      <Field id="quantity" label="Quantity" state={state}>
        <input id="quantity" name="quantity" type="number" min={1} max={1000000} defaultValue={1} className="input" aria-describedby="quantity-error" />
      </Field>
      <FormMessage state={state} success="Subscription recorded." />
      <div>
        <SubmitButton pendingLabel="Checking the rules…">Sell subscription</SubmitButton>
      </div>
    </form>
  );
}
