import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getReadiness, listOrganizationAdmins, type Readiness } from "@/lib/data/readiness";
import type { Actor } from "@/lib/data/actor";
import { formatDate } from "@/lib/labels";
import { countPendingIncomingOrderRequests } from "@/lib/data/own-use";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { AdminsOnly } from "@/components/status/admins-only";
import { BlockedActions } from "@/components/status/blocked-actions";
import { ReadinessStepItem } from "@/components/status/readiness-step";
import { enrollAsDirectBillPartnerForm, enrollAsIndirectResellerForm } from "./actions";
import { CapabilitiesForm } from "./capabilities-form";
import { MpaForm } from "./mpa-form";
import { OnboardingForm } from "./onboarding-form";
import { ResendVerificationForm } from "../../(auth)/verify-email/resend-verification-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "My status" };

export default async function StatusPage() {
  // Open before the address is confirmed: it says so and offers a new link (every action still refuses until then).
  const actor = await requireActor("status.view", { beforeEmailVerified: true });
  const [readiness, admins, waitingOrders] = await Promise.all([getReadiness(actor), listOrganizationAdmins(actor), countPendingIncomingOrderRequests(actor)]);
  if (!readiness) notFound();
  const { organization } = readiness;
  const isAdmin = can(actor, "organization.accept-mpa");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{organization.legalName}</h1>
        <p className="text-sm text-slate-600">
          Partner ID {organization.partnerId} · {organization.country} · region {organization.region}
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
      {organization.partnerType === "direct-bill" ? (
        <DirectBillChecklist readiness={readiness} actor={actor} admins={admins} />
      ) : (
        <ResellerSteps readiness={readiness} actor={actor} admins={admins} />
      )}
      <section className="card" aria-labelledby="blocked-heading">
        <h2 id="blocked-heading" className="text-lg font-medium">
          What is blocked right now
        </h2>
        {readiness.blockedNow.length === 0 ? (
          <p className="mt-2 text-green-800">Nothing is blocked: your organization meets every readiness requirement.</p>
        ) : (
          <BlockedActions blocks={readiness.blockedNow} heading="Until the missing items are done:" />
        )}
        {!isAdmin && <AdminsOnly admins={admins} what="complete the readiness steps" />}
      </section>
    </div>
  );
}

type SectionProps = { readiness: Readiness; actor: Actor; admins: string[] };

function ResellerSteps({ readiness, actor, admins }: SectionProps) {
  const { organization } = readiness;
  const [onboarded, enrolled, mpa] = readiness.steps;
  const isAdmin = can(actor, "organization.enroll-reseller");
  return (
    <section className="card" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading" className="text-lg font-medium">
        Readiness: three steps before new business
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
          {!mpa!.done && (isAdmin ? <MpaForm defaultName={actor.name} defaultEmail={actor.email} /> : <AdminsOnly admins={admins} what="accept the MPA" />)}
        </ReadinessStepItem>
      </ol>
    </section>
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
            blocks: [],
          }}
        >
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
          {!mpa.done && (isAdmin ? <MpaForm defaultName={actor.name} defaultEmail={actor.email} /> : <AdminsOnly admins={admins} what="accept the MPA" />)}
        </ReadinessStepItem>
      </ul>
    </section>
  );
}
