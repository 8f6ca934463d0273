import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getInvitationForReseller } from "@/lib/data/invitations";
import { formatDate, regionName } from "@/lib/labels";
import { RuleFindings } from "@/components/rule-findings";
import { AnswerForm } from "./answer-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Invitation" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const actor = await requireActor("provider.view");
  const { token } = await params;
  const invitation = /^[A-Za-z0-9_-]{43}$/.test(token) ? await getInvitationForReseller(actor, token) : null;
  if (!invitation) notFound();
  const blocking = invitation.verdict.findings.filter((finding) => finding.outcome === "fail");
  const canAccept = invitation.closed === null && blocking.length === 0 && (invitation.existingStatus === null || invitation.existingStatus === "invited");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Invitation from {invitation.providerName}</h1>
      <section className="card space-y-4" aria-labelledby="provider-heading">
        <h2 id="provider-heading" className="text-lg font-medium">The provider</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">Indirect provider</dt>
          <dd>{invitation.providerName}</dd>
          <dt className="text-slate-600">Country and CSP region</dt>
          <dd>{invitation.providerCountry} · {regionName(invitation.providerRegion)}</dd>
          <dt className="text-slate-600">Link valid until</dt>
          <dd>{formatDate(invitation.expiresAt)}</dd>
        </dl>
        {invitation.acceptedByYou ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
            Your organization accepted this invitation: {invitation.providerName} is one of your providers. <Link href="/status" className="underline">See your status</Link>.
          </p>
        ) : invitation.closed ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{invitation.closed}</p>
        ) : (
          <>
            {blocking.length > 0 && (
              <div className="space-y-2">
                <p className="text-sm font-medium">You cannot accept this invitation:</p>
                <RuleFindings findings={blocking} />
              </div>
            )}
            {invitation.existingStatus && invitation.existingStatus !== "invited" && (
              <p className="text-sm">You already have a relationship with this provider ({invitation.existingStatus}).</p>
            )}
            {can(actor, "provider.answer-invitation") ? (
              <AnswerForm token={token} providerName={invitation.providerName} canAccept={canAccept} />
            ) : (
              <p className="text-sm text-slate-600">Only an admin of your organization can answer an invitation.</p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
