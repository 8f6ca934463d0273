"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { useOncePerForm } from "@/components/use-once-per-form";
import { sellCustomerSubscriptionForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { Field, Label } from "@/components/ui/field";

/** A direct-bill partner sells a subscription; one request key per rendered form, so a double click makes one row. */
export function SellForm({ customerId }: { customerId: string }) {
  const t = useTranslations("customers.sellForm");
  const [state, action] = useActionState(sellCustomerSubscriptionForm, null);
  const kept = useKeptEntries(state);
  const { requestKey, submit } = useOncePerForm(action);
  return (
    <form
      action={submit}
      {...kept}
      className="mt-3 grid max-w-xl gap-3"
      aria-label={t("label")}
    >
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <Field id="offerName" label={t("offer")} state={state}>
        <input id="offerName" name="offerName" maxLength={200} placeholder={t("offerPlaceholder")} className="input" aria-describedby="offerName-error" />
      </Field>
      <div>
        <Label htmlFor="publisher">{t("publisher")}</Label>
        <select id="publisher" name="publisher" defaultValue="first-party" className="input mt-1">
          <option value="first-party">{t("firstParty")}</option>
          <option value="third-party">{t("thirdParty")}</option>
        </select>
      </div>
      <Field id="quantity" label={t("quantity")} state={state}>
        <input id="quantity" name="quantity" type="number" min={1} max={1000000} defaultValue={1} className="input" aria-describedby="quantity-error" />
      </Field>
      <FormMessage state={state} success={t("success")} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
