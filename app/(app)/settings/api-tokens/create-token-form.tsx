"use client";

import { useActionState, useState } from "react";
import { createApiTokenForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Field } from "@/components/ui/field";
import { useKeptEntries } from "@/components/use-kept-entries";

type Scope = { name: string; description: string };

/** Makes a token and shows its secret once: only a hash is kept, so it cannot be shown again. */
export function CreateTokenForm({ scopes, lifetimes }: { scopes: Scope[]; lifetimes: readonly number[] }) {
  const [state, action] = useActionState(createApiTokenForm, null);
  const kept = useKeptEntries(state);
  return (
    <div className="space-y-4">
      <form action={action} {...kept} className="space-y-4">
        <Field id="token-name" label="Name" state={state} field="name" hint="Say what uses it, e.g. “Billing sync”. Every call is audited with this name.">
          <input id="token-name" name="name" required maxLength={100} className="input" aria-describedby="token-name-error" />
        </Field>
        <fieldset aria-describedby="token-scopes-error">
          <legend className="text-sm font-medium">Scopes</legend>
          <p className="text-xs text-slate-600">A token can do what an admin of your organization can, only within these.</p>
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
          <FieldError id="token-scopes-error" state={state} field="scopes" />
        </fieldset>
        <Field id="token-expiry" label="Expires after" state={state} field="expiresInDays">
          <select id="token-expiry" name="expiresInDays" defaultValue="90" className="input" aria-describedby="token-expiry-error">
            {lifetimes.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </Field>
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
        <FormMessage state={state} />
      </form>
      {state?.ok && <NewSecret name={state.data.name} secret={state.data.secret} expiresAt={state.data.expiresAt} />}
    </div>
  );
}

function NewSecret({ name, secret, expiresAt }: { name: string; secret: string; expiresAt: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-green-300 bg-green-50 p-4 text-sm" role="status">
      <p className="font-medium text-green-900">
        Token “{name}” created. Copy it now: it is shown only this once. It works until {new Date(expiresAt).toUTCString().slice(0, 22)} UTC.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <label htmlFor="new-token-secret" className="sr-only">
          New token
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
          {copied ? "Copied" : "Copy token"}
        </button>
      </div>
    </div>
  );
}
