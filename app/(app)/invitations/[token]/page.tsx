import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { relationshipStatusLabel } from "@/lib/labels";
import type { RelationshipStatus } from "@/lib/rules";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getInvitationForReseller } from "@/lib/data/invitations";
import { formatDate, regionName } from "@/lib/labels";
import { RuleFindings } from "@/components/rule-findings";
import { AnswerForm } from "./answer-form";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("metaTitle") };
}

const STATUSES: readonly string[] = ["invited", "active", "suspended", "termination-requested", "terminated"] satisfies RelationshipStatus[];
const knownStatus = (status: string): status is RelationshipStatus => STATUSES.includes(status);

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const actor = await requireActor("provider.view");
  const { token } = await params;
  const invitation = /^[A-Za-z0-9_-]{43}$/.test(token) ? await getInvitationForReseller(actor, token) : null;
  if (!invitation) notFound();
  const t = await getTranslations("invitations");
  const locale = await getLocale();
  const blocking = invitation.verdict.findings.filter((finding) => finding.outcome === "fail");
  const canAccept = invitation.closed === null && blocking.length === 0 && (invitation.existingStatus === null || invitation.existingStatus === "invited");
  const mayAnswer = can(actor, "provider.answer-invitation");
  const acceptedByYou = t.rich("acceptedByYou", { name: invitation.providerName, link: (chunks) => <Link href="/status" className="underline">{chunks}</Link> });
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title", { name: invitation.providerName })}</h1>
      <section className="card space-y-4" aria-labelledby="provider-heading">
        <h2 id="provider-heading" className="text-lg font-medium">{t("provider")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("indirectProvider")}</dt>
          <dd>{invitation.providerName}</dd>
          <dt className="text-slate-600">{t("countryRegion")}</dt>
          <dd>{invitation.providerCountry} · {regionName(invitation.providerRegion, locale)}</dd>
          <dt className="text-slate-600">{t("validUntil")}</dt>
          <dd>{formatDate(invitation.expiresAt, locale)}</dd>
        </dl>
        {invitation.acceptedByYou ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
            {acceptedByYou}
          </p>
        ) : invitation.closed ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{invitation.closed}</p>
        ) : (
          <>
            {blocking.length > 0 && (
              <div className="space-y-2">
                <p className="text-sm font-medium">{t("cannotAccept")}</p>
                <RuleFindings findings={blocking} />
              </div>
            )}
            {invitation.existingStatus && invitation.existingStatus !== "invited" && (
              <p className="text-sm">{t("existing", { status: knownStatus(invitation.existingStatus) ? relationshipStatusLabel(invitation.existingStatus, locale) : invitation.existingStatus })}</p>
            )}
            {mayAnswer ? (
              <AnswerForm token={token} providerName={invitation.providerName} canAccept={canAccept} />
            ) : (
              <p className="text-sm text-slate-600">{t("adminOnly")}</p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
