"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptEntries } from "@/components/use-kept-entries";
import { changeDisplayNameForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

/** The name the server's field errors use. */
const NAME_FIELD = "name";

export function DisplayNameForm({ currentName }: { currentName: string }) {
  const t = useTranslations("settings.profile");
  const [state, action] = useActionState(changeDisplayNameForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-4 space-y-3">
      <div>
        <Label htmlFor="name">{t("displayName")}</Label>
        <input
          id="name"
          name="name"
          defaultValue={currentName}
          maxLength={100}
          aria-describedby="name-error"
          className="input mt-1"
        />
        <FieldError id="name-error" state={state} field={NAME_FIELD} />
      </div>
      <FormMessage state={state} success={t("saved")} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
