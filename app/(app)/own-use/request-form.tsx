"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useOncePerForm } from "@/components/use-once-per-form";
import { requestOwnUsePurchaseForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/**
 * Sends an order request the rules allow today; the seller's admins decide, and the rules are asked again then.
 * What was typed stays after a refusal (the fields are controlled).
 */
export function RequestForm({ deliverTo, seller, sellerName }: { deliverTo: string; seller: string; sellerName: string }) {
  const t = useTranslations("ownUse.requestForm");
  const [state, action] = useActionState(requestOwnUsePurchaseForm, null);
  const { requestKey, submit } = useOncePerForm(action);
  const [offerName, setOfferName] = useState("");
  const [quantity, setQuantity] = useState("1");
  if (state?.ok) {
    return (
      <div role="status" className="mt-3 space-y-1 text-sm">
        <p className="font-medium text-green-800">{t("sent", { seller: sellerName })}</p>
        <p className="text-slate-600">{t("sentExplain")}</p>
      </div>
    );
  }
  return (
    <form action={submit} className="mt-3 grid max-w-xl gap-3" aria-label={t("label")}>
      <input type="hidden" name="deliverTo" value={deliverTo} />
      <input type="hidden" name="seller" value={seller} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <div>
        <Label htmlFor="own-offer">{t("offer")}</Label>
        <input
          id="own-offer"
          name="offerName"
          maxLength={200}
          placeholder={t("offerPlaceholder")}
          className="input mt-1"
          aria-describedby="own-offer-error"
          value={offerName}
          onChange={(event) => setOfferName(event.target.value)}
        />
        <FieldError id="own-offer-error" state={state} field="offerName" />
      </div>
      <div>
        <Label htmlFor="own-quantity">{t("quantity")}</Label>
        <input
          id="own-quantity"
          name="quantity"
          type="number"
          min={1}
          className="input mt-1"
          aria-describedby="own-quantity-error"
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
        />
        <FieldError id="own-quantity-error" state={state} field="quantity" />
      </div>
      <p className="text-sm text-slate-600">{t("adminsDecide", { seller: sellerName })}</p>
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
