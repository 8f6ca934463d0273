"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { sendCustomerConsentRequestForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { keepValues } from "@/components/keep-values";

/** A partner's admin asks the customer with a tenant for consent; the answer is the same whether or not it exists. */
export function ConsentRequestForm({ requestSent }: { requestSent: string }) {
  const t = useTranslations("customers.consentForm");
  const [state, action] = useActionState(keepValues(sendCustomerConsentRequestForm), null);
  const kept = (name: string, fallback: string) => (state?.ok === false ? (state.values?.[name] ?? fallback) : fallback);
  return (
    <form key={state?.ok ? "sent" : "open"} action={action} className="mt-3 grid max-w-xl gap-3" aria-label={t("label")}>
      <fieldset>
        <legend className="text-sm font-medium">{t("legend")}</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="kind" value="manage" defaultChecked={kept("kind", "manage") === "manage"} /> {t("manage")}
        </label>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="kind" value="resell" defaultChecked={kept("kind", "manage") === "resell"} /> {t("resell")}
        </label>
        <FieldError id="kind-error" state={state} field="kind" />
      </fieldset>
      <div>
        <label htmlFor="consent-tenant" className="block text-sm font-medium">{t("tenantId")}</label>
        <input id="consent-tenant" name="tenantId" required defaultValue={kept("tenantId", "")} className="input mt-1 font-mono" aria-describedby="consent-tenant-error" />
        <FieldError id="consent-tenant-error" state={state} field="tenantId" />
      </div>
      <FormMessage state={state} success={requestSent} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
