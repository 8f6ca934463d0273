"use client";

import { useActionState } from "react";
import { useOncePerForm } from "@/components/use-once-per-form";
import { sellCustomerSubscriptionForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** A direct-bill partner sells a subscription; one request key per rendered form, so a double click makes one row. */
export function SellForm({ customerId }: { customerId: string }) {
  const [state, action] = useActionState(sellCustomerSubscriptionForm, null);
  const { requestKey, submit } = useOncePerForm(action);
  return (
    <form
      action={submit}
      className="mt-3 grid max-w-xl gap-3"
      aria-label="Sell a subscription"
    >
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <div>
        <Label htmlFor="offerName">Offer</Label>
        <input id="offerName" name="offerName" maxLength={200} placeholder="e.g. Microsoft 365 Business Premium" className="input mt-1" aria-describedby="offerName-error" />
        <FieldError id="offerName-error" state={state} field="offerName" />
      </div>
      <div>
        <Label htmlFor="publisher">Publisher</Label>
        <select id="publisher" name="publisher" defaultValue="first-party" className="input mt-1">
          <option value="first-party">Microsoft (first-party)</option>
          <option value="third-party">Marketplace (third-party)</option>
        </select>
      </div>
      <div>
        <Label htmlFor="quantity">Quantity</Label>
        <input id="quantity" name="quantity" type="number" min={1} max={1000000} defaultValue={1} className="input mt-1" aria-describedby="quantity-error" />
        <FieldError id="quantity-error" state={state} field="quantity" />
      </div>
      <FormMessage state={state} success="Subscription recorded." />
      <div>
        <SubmitButton pendingLabel="Checking the rules…">Sell subscription</SubmitButton>
      </div>
    </form>
  );
}
