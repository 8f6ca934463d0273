"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { inviteCustomerAdminToJoinForm } from "../requests/actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { keepValues } from "@/components/keep-values";

/** Mails the customer's admin a single-use link to join; sending again replaces the link. */
export function InviteCustomerAdminForm({ customerId, invitedEmail }: { customerId: string; invitedEmail: string | null }) {
  const t = useTranslations("customers.inviteAdminForm");
  const [state, action] = useActionState(keepValues(inviteCustomerAdminToJoinForm), null);
  const kept = useKeptEntries(state);
  const typed = state?.ok === false ? state.values?.email : undefined;
  return (
    <form action={action} {...kept} className="mt-3 grid max-w-xl gap-3" aria-label={t("label")}>
      <input type="hidden" name="customerId" value={customerId} />
      <div>
        <label htmlFor="customer-admin-email" className="block text-sm font-medium">{t("email")}</label>
        <input id="customer-admin-email" name="email" type="email" required defaultValue={typed ?? invitedEmail ?? ""} className="input mt-1" aria-describedby="customer-admin-email-error" />
        <FieldError id="customer-admin-email-error" state={state} field="email" />
      </div>
      <FormMessage state={state} success={t("success")} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{invitedEmail ? t("resend") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
