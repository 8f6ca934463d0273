"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { inviteColleagueForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { keepValues } from "@/components/keep-values";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** The name the server's field errors use. */
const EMAIL_FIELD = "email";

const inviteKeepingValues = keepValues(inviteColleagueForm);

/** Email and role of the colleague; after a refusal the form keeps what was typed. */
export function InviteColleagueForm({ withRole }: { withRole: boolean }) {
  const t = useTranslations("team.invite");
  const [state, action] = useActionState(inviteKeepingValues, null);
  const kept = useKeptEntries(state);
  const entered = state?.ok === false ? state.values : undefined;
  return (
    <form action={action} {...kept} className="mt-4 grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end" key={state?.ok ? state.data.id : "form"}>
      <div>
        <Label htmlFor="invite-email">{t("email")}</Label>
        <input id="invite-email" name="email" type="email" required maxLength={254} defaultValue={entered?.email ?? ""} autoComplete="off" aria-describedby="invite-email-error" className="input mt-1" />
      </div>
      {withRole ? (
        <div>
          <Label htmlFor="invite-role">{t("role")}</Label>
          <select id="invite-role" name="role" defaultValue={entered?.role ?? "member"} key={entered?.role} className="input mt-1">
            <option value="member">{t("member")}</option>
            <option value="admin">{t("admin")}</option>
          </select>
        </div>
      ) : (
        <input type="hidden" name="role" value="member" />
      )}
      <SubmitButton pendingLabel={t("inviting")}>{t("submit")}</SubmitButton>
      <div className="sm:col-span-3">
        <FieldError id="invite-email-error" state={state} field={EMAIL_FIELD} />
        <FormMessage state={state} success={state?.ok ? t("sent", { email: state.data.email }) : undefined} />
      </div>
    </form>
  );
}
