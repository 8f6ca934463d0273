"use client";

import { useActionState } from "react";
import { useOncePerForm } from "@/components/use-once-per-form";
import { buyForOurOwnUseForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";

/** Records an allowed purchase; the server asks the rules again before writing. */
export function BuyForm({ deliverTo, seller }: { deliverTo: string; seller: string }) {
  const [state, action] = useActionState(buyForOurOwnUseForm, null);
  const { requestKey, submit } = useOncePerForm(action);
  return (
    <form
      action={submit}
      className="mt-3 grid max-w-xl gap-3"
      aria-label="Buy for our own use"
    >
      <input type="hidden" name="deliverTo" value={deliverTo} />
      <input type="hidden" name="seller" value={seller} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <div>
        <label htmlFor="own-offer" className="block text-sm font-medium">Offer</label>
        <input id="own-offer" name="offerName" maxLength={200} placeholder="e.g. Microsoft 365 E3" className="input mt-1" aria-describedby="own-offer-error" />
        <FieldError id="own-offer-error" state={state} field="offerName" />
      </div>
      <div>
        <label htmlFor="own-quantity" className="block text-sm font-medium">Quantity</label>
        <input id="own-quantity" name="quantity" type="number" min={1} defaultValue={1} className="input mt-1" aria-describedby="own-quantity-error" />
        <FieldError id="own-quantity-error" state={state} field="quantity" />
      </div>
      <FormMessage state={state} success="Purchase recorded." />
      <div>
        <SubmitButton pendingLabel="Buying…">Buy</SubmitButton>
      </div>
    </form>
  );
}
