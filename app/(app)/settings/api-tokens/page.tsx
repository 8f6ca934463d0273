import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listApiTokens, type ApiTokenRow } from "@/lib/data/api-tokens";
import { apiScopeNames } from "@/lib/permissions";
import { scopeDescriptions } from "@/lib/api/scopes";
import { API_TOKEN_LIFETIMES } from "@/lib/validation/api-tokens";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateTokenForm } from "./create-token-form";
import { revokeApiTokenForm } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const stateTone = { active: "green", expired: "slate", revoked: "red" } as const;

export default async function ApiTokensPage() {
  const actor = await requireActor("api-token.manage");
  const tokens = await listApiTokens(actor);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> / API tokens
      </p>
      <h1 className="text-2xl font-semibold">API tokens</h1>
      <p className="text-sm text-slate-600">
        Tokens let your own systems use the <Link href="/api-reference" className="text-brand-700 underline">partner API</Link> as{" "}
        {actor.organizationName}: send one as <code className="font-mono">Authorization: Bearer csp_…</code>. A token can do what an
        admin of your organization can, within its scopes, until it expires or is revoked.
      </p>
      <section className="card" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading" className="text-lg font-medium">New token</h2>
        <CreateTokenForm scopes={apiScopeNames.map((name) => ({ name, description: scopeDescriptions[name] }))} lifetimes={API_TOKEN_LIFETIMES} />
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-2">
        <h2 id="tokens-heading" className="text-lg font-medium">Your organization&apos;s tokens</h2>
        {tokens.length === 0 ? <EmptyState variant="card">No tokens yet.</EmptyState> : <TokenList tokens={tokens} />}
      </section>
    </div>
  );
}

function TokenList({ tokens }: { tokens: ApiTokenRow[] }) {
  return (
    <ul className="card divide-y divide-slate-100 p-0">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-wrap items-start gap-3 px-6 py-4 text-sm" data-testid="api-token">
          <div className="min-w-0 flex-1 space-y-1">
            <p className="font-medium break-words">
              {token.name} <Badge tone={stateTone[token.state]}>{token.state}</Badge>
            </p>
            <p className="font-mono text-xs text-slate-600">{token.prefix}…</p>
            <p className="text-slate-600 break-words">Scopes: {token.scopes.join(", ")}</p>
            <p className="text-slate-600">
              Made by {token.createdByName} on {timeFormat.format(token.createdAt)} UTC ·{" "}
              {token.revokedAt ? `revoked ${timeFormat.format(token.revokedAt)} UTC` : `${token.state === "expired" ? "expired" : "expires"} ${timeFormat.format(token.expiresAt)} UTC`}
            </p>
            <p className="text-slate-600" data-testid="api-token-last-used">
              Last used: {token.lastUsedAt ? `${timeFormat.format(token.lastUsedAt)} UTC` : "never"}
            </p>
          </div>
          {token.state === "active" && (
            <ConfirmAction
              compact
              action={revokeApiTokenForm}
              fields={{ tokenId: token.id }}
              label={<>Revoke<span className="sr-only"> the token {token.name}</span></>}
              question={`Revoke the token “${token.name}”?`}
              description="Every request with it is refused from now on. This cannot be undone; make a new token if you need one."
              confirmLabel="Yes, revoke it"
              pendingLabel="Revoking…"
              success="Revoked."
            />
          )}
        </li>
      ))}
    </ul>
  );
}
