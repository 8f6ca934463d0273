"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { createApiTokenForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field } from "@/components/ui/field";
import { useKeptEntries } from "@/components/use-kept-entries";

type Scope = { name: string; description: string };

/** The names the server's field errors use. */
const FIELD = { name: "name", scopes: "scopes", expiresInDays: "expiresInDays" } as const;

/** Makes a token and shows its secret once: only a hash is kept, so it cannot be shown again. */
export function CreateTokenForm({ scopes, lifetimes }: { scopes: Scope[]; lifetimes: readonly number[] }) {
  const t = useTranslations("apiTokens.form");
  const [state, action] = useActionState(createApiTokenForm, null);
  const kept = useKeptEntries(state);
  return (
    <div className="space-y-4">
      <form action={action} {...kept} className="space-y-4">
        <Field id="token-name" label={t("name")} state={state} field={FIELD.name} hint={t("nameHint")}>
          <input id="token-name" name="name" required maxLength={100} className="input" aria-describedby="token-name-error" />
        </Field>
        <fieldset aria-describedby="token-scopes-error">
          <legend className="text-sm font-medium">{t("scopes")}</legend>
          <p className="text-xs text-slate-600">{t("scopesHint")}</p>
          <ul className="mt-2 space-y-2">
            {scopes.map((scope) => (
              <li key={scope.name} className="flex items-start gap-2 text-sm">
                <input id={`scope-${scope.name}`} type="checkbox" name="scopes" value={scope.name} className="mt-1" />
                <label htmlFor={`scope-${scope.name}`}>
                  <code className="font-mono">{scope.name}</code> <span className="text-slate-600">— {scope.description}</span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id="token-scopes-error" state={state} field={FIELD.scopes} />
        </fieldset>
        <Field id="token-expiry" label={t("expiresAfter")} state={state} field={FIELD.expiresInDays}>
          <select id="token-expiry" name="expiresInDays" defaultValue="90" className="input" aria-describedby="token-expiry-error">
            {lifetimes.map((days) => (
              <option key={days} value={days}>
                {t("days", { days })}
              </option>
            ))}
          </select>
        </Field>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        <FormMessage state={state} />
      </form>
      {state?.ok && <NewSecret name={state.data.name} secret={state.data.secret} expiresAt={state.data.expiresAt} />}
    </div>
  );
}

function NewSecret({ name, secret, expiresAt }: { name: string; secret: string; expiresAt: string }) {
  const t = useTranslations("apiTokens.form");
  const locale = useLocale() as Locale;
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-green-300 bg-green-50 p-4 text-sm" role="status">
      <p className="font-medium text-green-900">
        {t("created", { name, until: formatDateTime(expiresAt, locale) })}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <label htmlFor="new-token-secret" className="sr-only">
          {t("newToken")}
        </label>
        <input id="new-token-secret" readOnly value={secret} data-testid="new-token-secret" className="input min-w-0 flex-1 font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="btn-secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
