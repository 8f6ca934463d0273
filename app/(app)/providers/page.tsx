import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/data/require-actor";
import { listPendingInvitations } from "@/lib/data/my-providers";
import { listRelationshipsOfReseller } from "@/lib/data/relationships";
import { listOrganizationAdmins } from "@/lib/data/readiness";
import { formatDate, regionName, relationshipStatusLabel } from "@/lib/labels";
import { PendingInvitations } from "@/components/providers/pending-invitations";
import { EndRelationshipForm } from "./end-relationship-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { EmptyState } from "@/components/ui/empty-state";
import { withdrawProviderRelationshipEndForm } from "./actions";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("providers");
  return { title: t("title") };
}

export default async function ProvidersPage() {
  const actor = await requireActor("provider.view");
  const [providers, pending, admins] = await Promise.all([listRelationshipsOfReseller(actor), listPendingInvitations(actor), listOrganizationAdmins(actor)]);
  const isAdmin = can(actor, "provider.answer-invitation");
  const mayEnd = can(actor, "provider.request-end");
  const t = await getTranslations("providers");
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>

      <section className="card" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="text-lg font-medium">
          {t("invitations.heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {t("invitations.intro")}
        </p>
        {pending.length === 0 ? (
          <EmptyState>{t("invitations.none")}</EmptyState>
        ) : (
          <PendingInvitations pending={pending} isAdmin={isAdmin} admins={admins} />
        )}
      </section>

      <section className="card p-0" aria-labelledby="providers-heading">
        <h2 id="providers-heading" className="px-6 pt-6 text-lg font-medium">
          {t("list.heading")}
        </h2>
        {providers.length === 0 ? (
          <EmptyState variant="flush">{t("list.none")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-3 w-full text-left text-sm">
              <thead className="border-y border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-6 py-2">{t("list.columns.provider")}</th>
                  <th scope="col" className="px-4 py-2">{t("list.columns.partnerId")}</th>
                  <th scope="col" className="px-4 py-2">{t("list.columns.country")}</th>
                  <th scope="col" className="px-4 py-2">{t("list.columns.status")}</th>
                  <th scope="col" className="px-4 py-2">{t("list.columns.since")}</th>
                </tr>
              </thead>
              <tbody>
                {providers.map((provider) => (
                  <tr key={provider.relationshipId} className="border-b border-slate-100 align-top last:border-0">
                    <th scope="row" className="px-6 py-3 font-medium">
                      {provider.providerName}
                      {mayEnd && (provider.status === "active" || provider.status === "suspended") && (
                        <EndRelationshipForm relationshipId={provider.relationshipId} providerName={provider.providerName} />
                      )}
                    </th>
                    <td className="px-4 py-3 tabular-nums">{provider.providerPartnerId}</td>
                    <td className="px-4 py-3">{provider.providerCountry} ({regionName(provider.providerRegion, locale)})</td>
                    <td className="px-4 py-3">
                      {relationshipStatusLabel(provider.status, locale)}
                      {provider.terminationStatus === "pending" && (
                        <p className="text-xs text-slate-600">{t("list.waiting", { reason: provider.terminationReason ?? "" })}</p>
                      )}
                      {provider.terminationStatus === "pending" && provider.terminationFiledByUs && mayEnd && provider.terminationRequestId && (
                        <div className="mt-2">
                          <ConfirmAction
                            action={withdrawProviderRelationshipEndForm}
                            fields={{ requestId: provider.terminationRequestId }}
                            label={t("list.withdraw.label")}
                            question={t("list.withdraw.question", { name: provider.providerName })}
                            confirmLabel={t("list.withdraw.confirm")}
                            pendingLabel={t("list.withdraw.pending")}
                            success={t("list.withdraw.success")}
                          />
                        </div>
                      )}
                      {provider.terminationStatus === "withdrawn" && <p className="text-xs text-slate-600">{t("list.withdrawn")}</p>}
                      {(provider.terminationStatus === "approved" || provider.terminationStatus === "rejected") && (
                        <p className="text-xs text-slate-600">
                          {provider.terminationNote
                            ? t(`list.decidedWithNote.${provider.terminationStatus}`, { note: provider.terminationNote })
                            : t(`list.decided.${provider.terminationStatus}`)}
                        </p>
                      )}
                    </td>
                    <td className="px-4 py-3">
                      {formatDate(provider.terminatedAt ?? provider.terminationRequestedAt ?? provider.activatedAt ?? provider.invitedAt, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="px-6 py-4 text-sm text-slate-600">
          {t("list.viaSupport")}
        </p>
      </section>
    </div>
  );
}
