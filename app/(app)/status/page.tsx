import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getReadiness, listOrganizationAdmins, type Readiness } from "@/lib/data/readiness";
import type { Actor } from "@/lib/data/actor";
import { formatDate, regionName } from "@/lib/labels";
import { countPendingIncomingOrderRequests } from "@/lib/data/own-use";
import { listPendingInvitations, listProvidersToContact } from "@/lib/data/my-providers";
import { PendingInvitations, type PendingInvitation } from "@/components/providers/pending-invitations";
import { ProviderLinkStep } from "./_components/provider-link-step";
import { lapsedRequirementNotice } from "@/lib/readiness/lapsed";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { AdminsOnly } from "@/components/admins-only";
import { BlockedActions } from "@/components/blocked-actions";
import { ReadinessStepItem } from "./_components/readiness-step";
import { ResellerTimelinesSection } from "@/components/timeline/reseller-timelines-section";
import { timelinesForReseller } from "@/lib/data/reseller-timeline";
import { enrollAsDirectBillPartnerForm, enrollAsIndirectResellerForm } from "./actions";
import { CapabilitiesForm } from "./capabilities-form";
import { MpaForm } from "./mpa-form";
import { OnboardingForm } from "./onboarding-form";
import { ResendVerificationForm } from "../../(auth)/verify-email/resend-verification-form";
import { getOwnReauthorization } from "@/lib/data/reauthorization";
import { ReauthorizationNotice } from "./reauthorization-notice";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "My status" };

export default async function StatusPage() {
  // Open before the address is confirmed: it says so and offers a new link (every action still refuses until then).
  const actor = await requireActor("status.view", { beforeEmailVerified: true });
  const [readiness, admins, waitingOrders, pending, providersToContact, reauthorization] = await Promise.all([
    getReadiness(actor),
    listOrganizationAdmins(actor),
    countPendingIncomingOrderRequests(actor),
    listPendingInvitations(actor),
    listProvidersToContact(actor),
    getOwnReauthorization(actor),
  ]);
  if (!readiness) notFound();
  const { organization } = readiness;
  const isAdmin = can(actor, "organization.accept-mpa");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{organization.legalName}</h1>
        <p className="text-sm text-slate-600">
          Partner ID {organization.partnerId} · {organization.country} · region {regionName(organization.region)}
        </p>
        {!actor.emailVerified && <ResendVerificationForm email={actor.email} />}
      </div>
      {waitingOrders > 0 && (
        <p role="status" className="card text-sm">
          {waitingOrders === 1 ? "One partner asks" : `${waitingOrders} partners ask`} to buy from you for their own use.{" "}
          <Link href="/own-use/requests" className="text-brand-700 underline">
            {can(actor, "order-request.decide") ? "Accept or decline" : "See the order requests"}
          </Link>
        </p>
      )}
      {/* Invitations are the reseller's next move: on its landing page, not only under My providers. Without a provider
          yet, they sit in the "linked with a provider" step instead. */}
      {pending.length > 0 && readiness.steps.find((step) => step.item === "linkedProvider")?.done && (
        <section className="card" aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-medium">
            Invitations waiting for your answer
          </h2>
          <PendingInvitations pending={pending} isAdmin={isAdmin} admins={admins} />
        </section>
      )}
      {organization.partnerType === "direct-bill" ? (
        <DirectBillChecklist readiness={readiness} actor={actor} admins={admins} />
      ) : (
        <ResellerSteps readiness={readiness} actor={actor} admins={admins} pending={pending} providersToContact={providersToContact} />
      )}
      {reauthorization && <ReauthorizationNotice {...reauthorization} />}
      <section className="card" aria-labelledby="blocked-heading">
        <h2 id="blocked-heading" className="text-lg font-medium">
          What is blocked right now
        </h2>
        {readiness.blockedNow.length === 0 ? (
          <p className="mt-2 text-green-800">Nothing is blocked: your organization meets every readiness requirement.</p>
        ) : (
          <BlockedActions blocks={readiness.blockedNow} />
        )}
        {!isAdmin && <AdminsOnly admins={admins} what="complete the readiness steps" />}
      </section>
      {actor.partnerType === "indirect-reseller" && <ResellerTimelinesSection timelines={await timelinesForReseller(actor)} />}
    </div>
  );
}

type SectionProps = { readiness: Readiness; actor: Actor; admins: string[] };

const MPA_TEXT_URL = "https://aka.ms/partneragreement";

function ResellerSteps({ readiness, actor, admins, pending, providersToContact }: SectionProps & { pending: PendingInvitation[]; providersToContact: Parameters<typeof ProviderLinkStep>[0]["providers"] }) {
  const { organization } = readiness;
  const [onboarded, enrolled, mpa, linked] = readiness.steps;
  const isAdmin = can(actor, "organization.enroll-reseller");
  return (
    <section className="card" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading" className="text-lg font-medium">
        Readiness: four steps before new business
      </h2>
      <ol className="mt-2">
        <ReadinessStepItem step={onboarded!}>
          {!onboarded!.done && (
            <div className="mt-2 text-sm">
              <OnboardingState readiness={readiness} />
              {isAdmin && organization.onboardingStatus !== "submitted" && (
                <OnboardingForm details={organization.onboardingDetails} resubmit={organization.onboardingStatus === "rejected"} />
              )}
              {!isAdmin && <AdminsOnly admins={admins} what="submit the business details" />}
            </div>
          )}
        </ReadinessStepItem>
        <ReadinessStepItem step={enrolled!}>
          {!enrolled!.done &&
            (!organization.onboarded ? (
              <p className="mt-2 text-sm text-slate-600">You can enroll once program support has verified your onboarding.</p>
            ) : isAdmin ? (
              <div className="mt-2">
                <ActionButton action={enrollAsIndirectResellerForm} label="Enroll as indirect reseller" pendingLabel="Enrolling…" success="Enrolled." />
              </div>
            ) : (
              <AdminsOnly admins={admins} what="enroll the organization" />
            ))}
        </ReadinessStepItem>
        <ReadinessStepItem step={mpa!}>
          <MpaStepBody done={mpa!.done} ready={organization.onboarded} isAdmin={isAdmin} actor={actor} admins={admins} />
        </ReadinessStepItem>
        <ReadinessStepItem step={linked!}>
          {!linked!.done && <ProviderLinkStep region={organization.region} pending={pending} providers={providersToContact} isAdmin={isAdmin} admins={admins} />}
        </ReadinessStepItem>
      </ol>
    </section>
  );
}

/**
 * The MPA step: the agreement's text before acceptance, the form once onboarding is done (accepting before Partner
 * Center knows the organization is a dead end), and what the acceptance means once it is recorded.
 */
function MpaStepBody({ done, ready, isAdmin, actor, admins }: { done: boolean; ready: boolean; isAdmin: boolean; actor: Actor; admins: string[] }) {
  const text = (
    <a href={MPA_TEXT_URL} className="text-brand-700 underline" rel="noreferrer" target="_blank">
      the Microsoft Partner Agreement (opens in a new tab)
    </a>
  );
  if (done) {
    return <p className="mt-2 text-sm text-green-800">Accepted: {text} covers your organization in its CSP region and does not expire.</p>;
  }
  if (!ready) return <p className="mt-2 text-sm text-slate-600">You can accept the MPA once program support has verified your onboarding.</p>;
  return (
    <div className="mt-2 text-sm">
      <p>Read {text} before accepting it.</p>
      {isAdmin ? <MpaForm defaultName={actor.name} defaultEmail={actor.email} /> : <AdminsOnly admins={admins} what="accept the MPA" />}
    </div>
  );
}

function OnboardingState({ readiness }: { readiness: Readiness }) {
  const { organization } = readiness;
  if (organization.onboardingStatus === "submitted") {
    return <p>Your details were submitted on {formatDate(organization.onboardingSubmittedAt)}; program support is verifying them.</p>;
  }
  if (organization.onboardingStatus === "rejected") {
    return (
      <p className="text-red-800" role="status">
        Program support sent your details back: {organization.onboardingRejectionReason} Fix them and resubmit.
      </p>
    );
  }
  return <p>Submit your business details; program support verifies them, and that onboards you into Partner Center.</p>;
}

function DirectBillChecklist({ readiness, actor, admins }: SectionProps) {
  const { organization } = readiness;
  const capabilities = readiness.steps.filter((step) => step.item !== "mpa");
  const mpa = readiness.steps.find((step) => step.item === "mpa")!;
  const allCapabilities = capabilities.every((step) => step.done);
  const lapsedNotice = lapsedRequirementNotice(organization.directBillEnrolledAt !== null, capabilities);
  const isAdmin = can(actor, "organization.enroll-direct-bill");
  return (
    <section className="card" aria-labelledby="requirements-heading">
      <h2 id="requirements-heading" className="text-lg font-medium">
        Direct-bill enrollment requirements
      </h2>
      <ul className="mt-2">
        {capabilities.map((step) => (
          <ReadinessStepItem key={step.item} step={step} />
        ))}
      </ul>
      {isAdmin ? <CapabilitiesForm current={organization.capabilities} /> : <AdminsOnly admins={admins} what="record the capabilities" />}
      <ul className="mt-4">
        <ReadinessStepItem
          step={{
            label: "Enrolled as direct-bill partner",
            done: organization.directBillEnrolledAt !== null,
            doneOn: organization.directBillEnrolledAt,
            doneBy: organization.directBillEnrolledBy,
          }}
        >
          {lapsedNotice && (
            <p className="mt-2 text-sm text-red-800" role="status">
              {lapsedNotice}
            </p>
          )}
          {organization.directBillEnrolledAt === null && isAdmin && (
            <div className="mt-2">
              {allCapabilities ? (
                <ActionButton action={enrollAsDirectBillPartnerForm} label="Enroll as direct-bill partner" pendingLabel="Enrolling…" success="Enrolled." />
              ) : (
                <p className="text-sm text-slate-600">You can enroll once all four capabilities are in place.</p>
              )}
            </div>
          )}
        </ReadinessStepItem>
        <ReadinessStepItem step={mpa}>
          <MpaStepBody done={mpa.done} ready isAdmin={isAdmin} actor={actor} admins={admins} />
        </ReadinessStepItem>
      </ul>
    </section>
  );
}

