import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { listApiTokens, type ApiTokenRow } from "@/lib/data/api-tokens";
import { apiScopeNames } from "@/lib/permissions";
import { scopeKey } from "./scope-key";
import { API_TOKEN_LIFETIMES } from "@/lib/validation/api-tokens";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateTokenForm } from "./create-token-form";
import { revokeApiTokenForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

const stateTone = { active: "green", expired: "slate", revoked: "red" } as const;

export default async function ApiTokensPage() {
  const actor = await requireActor("api-token.manage");
  const tokens = await listApiTokens(actor);
  const t = await getTranslations("apiTokens");
  const settings = await getTranslations("settings");
  const settingsTitle = settings("title");
  const intro = t.rich("intro", {
    organization: actor.organizationName ?? "",
    header: "Authorization: Bearer csp_…",
    link: (chunks) => (
      <Link href="/api-reference" className="text-brand-700 underline">
        {chunks}
      </Link>
    ),
    code: (chunks) => <code className="font-mono">{chunks}</code>,
  });
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{settingsTitle}</Link> / {t("title")}
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{intro}</p>
      <section className="card" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading" className="text-lg font-medium">{t("newToken")}</h2>
        <CreateTokenForm scopes={apiScopeNames.map((name) => ({ name, description: t(`scope.${scopeKey[name]}`) }))} lifetimes={API_TOKEN_LIFETIMES} />
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-2">
        <h2 id="tokens-heading" className="text-lg font-medium">{t("yourTokens")}</h2>
        {tokens.length === 0 ? <EmptyState variant="card">{t("empty")}</EmptyState> : <TokenList tokens={tokens} />}
      </section>
    </div>
  );
}

async function TokenList({ tokens }: { tokens: ApiTokenRow[] }) {
  const t = await getTranslations("apiTokens.list");
  const locale = (await getLocale()) as Locale;
  const at = (value: Date) => formatDateTime(value, locale);
  const revokeLabel = (name: string) => t.rich("revoke", { name, hidden: (chunks) => <span className="sr-only">{chunks}</span> });
  return (
    <ul className="card divide-y divide-slate-100 p-0">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-wrap items-start gap-3 px-6 py-4 text-sm" data-testid="api-token">
          <div className="min-w-0 flex-1 space-y-1">
            <p className="font-medium break-words">
              {token.name} <Badge tone={stateTone[token.state]}>{t(`state.${token.state}`)}</Badge>
            </p>
            <p className="font-mono text-xs text-slate-600">{token.prefix}…</p>
            <p className="text-slate-600 break-words">{t("scopes", { scopes: token.scopes.join(", ") })}</p>
            <p className="text-slate-600">
              {t("madeBy", { name: token.createdByName, at: at(token.createdAt) })} ·{" "}
              {token.revokedAt
                ? t("revokedAt", { at: at(token.revokedAt) })
                : token.state === "expired"
                  ? t("expiredAt", { at: at(token.expiresAt) })
                  : t("expiresAt", { at: at(token.expiresAt) })}
            </p>
            <p className="text-slate-600" data-testid="api-token-last-used">
              {token.lastUsedAt ? t("lastUsed", { at: at(token.lastUsedAt) }) : t("neverUsed")}
            </p>
          </div>
          {token.state === "active" && (
            <ConfirmAction
              compact
              action={revokeApiTokenForm}
              fields={{ tokenId: token.id }}
              label={revokeLabel(token.name)}
              question={t("revokeQuestion", { name: token.name })}
              description={t("revokeDescription")}
              confirmLabel={t("revokeConfirm")}
              pendingLabel={t("revoking")}
              success={t("revoked")}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
