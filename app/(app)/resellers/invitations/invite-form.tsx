"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/labels";
import { inviteResellerForm } from "../actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** The form's field names, as the action reports its errors by them (for machines, not people). */
const FIELD = { email: "email", partnerId: "partnerId" } as const;

/** Makes an invitation and shows its link once: only a hash is kept, so the link cannot be shown again later. */
export function InviteForm({ origin }: { origin: string }) {
  const t = useTranslations("resellers.invitations.form");
  const [state, action] = useActionState(inviteResellerForm, null);
  // After a refusal React clears the form; what was typed is shown again from the submitted entries.
  const [entered, setEntered] = useState<{ email?: string; partnerId?: string }>({});
  const submit = (formData: FormData) => {
    setEntered({ email: String(formData.get("email") ?? ""), partnerId: String(formData.get("partnerId") ?? "") });
    return action(formData);
  };
  const shown = state?.ok ? {} : entered;
  const link = state?.ok ? `${origin}/invitations/${state.data.token}` : null;
  return (
    <div className="space-y-4">
      <form action={submit} key={state?.ok ? "sent" : "editing"} className="grid gap-3 sm:grid-cols-3">
        <div>
          <Label htmlFor="invite-email">{t("email")}</Label>
          <input id="invite-email" name="email" type="email" maxLength={254} defaultValue={shown.email} aria-describedby="invite-email-hint invite-email-error" className="input mt-1" />
          <p id="invite-email-hint" className="mt-1 text-xs text-slate-600">{t("emailHint")}</p>
          <FieldError id="invite-email-error" state={state} field={FIELD.email} />
        </div>
        <div>
          <Label htmlFor="invite-partner-id">{t("partnerId")}</Label>
          <input id="invite-partner-id" name="partnerId" inputMode="numeric" maxLength={10} defaultValue={shown.partnerId} aria-describedby="invite-partner-id-hint invite-partner-id-error" className="input mt-1" />
          <p id="invite-partner-id-hint" className="mt-1 text-xs text-slate-600">{t("partnerIdHint")}</p>
          <FieldError id="invite-partner-id-error" state={state} field={FIELD.partnerId} />
        </div>
        <div className="flex items-start pt-6">
          <SubmitButton pendingLabel={t("creating")}>{t("submit")}</SubmitButton>
        </div>
        <div className="sm:col-span-3">
          <FormMessage state={state} />
        </div>
      </form>
      {link && state?.ok && <InvitationLink link={link} email={state.data.email} partnerId={state.data.partnerId} expiresAt={state.data.expiresAt} />}
    </div>
  );
}

function InvitationLink({ link, email, partnerId, expiresAt }: { link: string; email: string | null; partnerId: string | null; expiresAt: string }) {
  const t = useTranslations("resellers.invitations.link");
  const locale = useLocale();
  const [copied, setCopied] = useState(false);
  const addressee = email && partnerId ? t("forBoth", { email, partnerId }) : email ? email : t("forPartnerId", { partnerId: partnerId ?? "" });
  const until = formatDate(expiresAt, locale);
  return (
    <div className="rounded-md border border-green-300 bg-green-50 p-4 text-sm" role="status">
      <p className="font-medium text-green-900">
        {t("created", { addressee })}{" "}
        {email ? t("emailed", { email, until }) : t("sendIt", { until })}
      </p>
      <div className="mt-2 flex gap-2">
        <label htmlFor="invitation-link" className="sr-only">{t("label")}</label>
        <input id="invitation-link" readOnly value={link} className="input font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="btn-secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
