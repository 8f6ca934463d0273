import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getReadiness, listOrganizationAdmins, type Readiness } from "@/lib/data/readiness";
import type { Actor } from "@/lib/data/actor";
import { formatDate, regionName } from "@/lib/labels";
import { countryName } from "@/lib/i18n/format";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("status");
  return { title: t("title") };
}

export default async function StatusPage() {
  // Open before the address is confirmed: it says so and offers a new link (every action still refuses until then).
  const actor = await requireActor("status.view", { beforeEmailVerified: true });
  const locale = await getLocale();
  const [readiness, admins, waitingOrders, pending, providersToContact, reauthorization] = await Promise.all([
    getReadiness(actor, locale),
    listOrganizationAdmins(actor),
    countPendingIncomingOrderRequests(actor),
    listPendingInvitations(actor),
    listProvidersToContact(actor),
    getOwnReauthorization(actor),
  ]);
  if (!readiness) notFound();
  const { organization } = readiness;
  const isAdmin = can(actor, "organization.accept-mpa");
  const decidesOrders = can(actor, "order-request.decide");
  const t = await getTranslations("status");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{organization.legalName}</h1>
        <p className="text-sm text-slate-600">
          {t("page.subtitle", { partnerId: organization.partnerId, country: countryName(organization.country, locale), region: regionName(organization.region, locale) })}
        </p>
        {!actor.emailVerified && <ResendVerificationForm email={actor.email} />}
      </div>
      {waitingOrders > 0 && (
        <p role="status" className="card text-sm">
          {t("page.waitingOrders", { count: waitingOrders })}{" "}
          <Link href="/own-use/requests" className="text-brand-700 underline">
            {decidesOrders ? t("page.acceptOrDecline") : t("page.seeOrderRequests")}
          </Link>
        </p>
      )}
      {/* Invitations are the reseller's next move: on its landing page, not only under My providers. Without a provider
          yet, they sit in the "linked with a provider" step instead. */}
      {pending.length > 0 && readiness.steps.find((step) => step.item === "linkedProvider")?.done && (
        <section className="card" aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-medium">
            {t("page.invitationsHeading")}
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
          {t("page.blockedHeading")}
        </h2>
        {readiness.blockedNow.length === 0 ? (
          <p className="mt-2 text-green-800">{t("page.nothingBlocked")}</p>
        ) : (
          <BlockedActions blocks={readiness.blockedNow} />
        )}
        {!isAdmin && <AdminsOnly admins={admins} what={t("page.adminsOnly.completeSteps")} />}
      </section>
      {actor.partnerType === "indirect-reseller" && <ResellerTimelinesSection timelines={await timelinesForReseller(actor)} />}
    </div>
  );
}

type SectionProps = { readiness: Readiness; actor: Actor; admins: string[] };

const MPA_TEXT_URL = "https://aka.ms/partneragreement";

async function ResellerSteps({ readiness, actor, admins, pending, providersToContact }: SectionProps & { pending: PendingInvitation[]; providersToContact: Parameters<typeof ProviderLinkStep>[0]["providers"] }) {
  const t = await getTranslations("status");
  const { organization } = readiness;
  const [onboarded, enrolled, mpa, linked] = readiness.steps;
  const isAdmin = can(actor, "organization.enroll-reseller");
  return (
    <section className="card" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading" className="text-lg font-medium">
        {t("reseller.heading")}
      </h2>
      <ol className="mt-2">
        <ReadinessStepItem step={onboarded!}>
          {!onboarded!.done && (
            <div className="mt-2 text-sm">
              <OnboardingState readiness={readiness} />
              {isAdmin && organization.onboardingStatus !== "submitted" && (
                <OnboardingForm details={organization.onboardingDetails} resubmit={organization.onboardingStatus === "rejected"} />
              )}
              {!isAdmin && <AdminsOnly admins={admins} what={t("page.adminsOnly.submitDetails")} />}
            </div>
          )}
        </ReadinessStepItem>
        <ReadinessStepItem step={enrolled!}>
          {!enrolled!.done &&
            (!organization.onboarded ? (
              <p className="mt-2 text-sm text-slate-600">{t("reseller.enrollAfterOnboarding")}</p>
            ) : isAdmin ? (
              <div className="mt-2">
                <ActionButton action={enrollAsIndirectResellerForm} label={t("reseller.enroll")} pendingLabel={t("enrolling")} success={t("enrolled")} />
              </div>
            ) : (
              <AdminsOnly admins={admins} what={t("page.adminsOnly.enroll")} />
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
async function MpaStepBody({ done, ready, isAdmin, actor, admins }: { done: boolean; ready: boolean; isAdmin: boolean; actor: Actor; admins: string[] }) {
  const t = await getTranslations("status");
  const text = (chunks: React.ReactNode) => (
    <a href={MPA_TEXT_URL} className="text-brand-700 underline" rel="noreferrer" target="_blank">
      {chunks}
    </a>
  );
  if (done) {
    const accepted = t.rich("mpa.accepted", { text });
    return <p className="mt-2 text-sm text-green-800">{accepted}</p>;
  }
  if (!ready) return <p className="mt-2 text-sm text-slate-600">{t("mpa.acceptAfterOnboarding")}</p>;
  const read = t.rich("mpa.read", { text });
  return (
    <div className="mt-2 text-sm">
      <p>{read}</p>
      {isAdmin ? <MpaForm defaultName={actor.name} defaultEmail={actor.email} /> : <AdminsOnly admins={admins} what={t("page.adminsOnly.acceptMpa")} />}
    </div>
  );
}

async function OnboardingState({ readiness }: { readiness: Readiness }) {
  const [t, locale] = await Promise.all([getTranslations("status"), getLocale()]);
  const { organization } = readiness;
  if (organization.onboardingStatus === "submitted") {
    return <p>{t("onboarding.submitted", { date: formatDate(organization.onboardingSubmittedAt, locale) })}</p>;
  }
  if (organization.onboardingStatus === "rejected") {
    return (
      <p className="text-red-800" role="status">
        {t("onboarding.rejected", { reason: organization.onboardingRejectionReason ?? "" })}
      </p>
    );
  }
  return <p>{t("onboarding.intro")}</p>;
}

async function DirectBillChecklist({ readiness, actor, admins }: SectionProps) {
  const [t, locale] = await Promise.all([getTranslations("status"), getLocale()]);
  const { organization } = readiness;
  const capabilities = readiness.steps.filter((step) => step.item !== "mpa");
  const mpa = readiness.steps.find((step) => step.item === "mpa")!;
  const allCapabilities = capabilities.every((step) => step.done);
  const lapsedNotice = lapsedRequirementNotice(organization.directBillEnrolledAt !== null, capabilities, locale);
  const isAdmin = can(actor, "organization.enroll-direct-bill");
  return (
    <section className="card" aria-labelledby="requirements-heading">
      <h2 id="requirements-heading" className="text-lg font-medium">
        {t("directBill.heading")}
      </h2>
      <ul className="mt-2">
        {capabilities.map((step) => (
          <ReadinessStepItem key={step.item} step={step} />
        ))}
      </ul>
      {isAdmin ? <CapabilitiesForm current={organization.capabilities} /> : <AdminsOnly admins={admins} what={t("page.adminsOnly.recordCapabilities")} />}
      <ul className="mt-4">
        <ReadinessStepItem
          step={{
            label: t("directBill.enrolledStep"),
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
                <ActionButton action={enrollAsDirectBillPartnerForm} label={t("directBill.enroll")} pendingLabel={t("enrolling")} success={t("enrolled")} />
              ) : (
                <p className="text-sm text-slate-600">{t("directBill.enrollAfterCapabilities")}</p>
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

