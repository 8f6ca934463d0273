import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { getOwnOrganization } from "@/lib/data/organizations";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format";
import { AcceptMpaForm } from "./accept-mpa-form";
import { ProviderRelationships } from "./provider-relationships";

export const metadata: Metadata = { title: "My status" };

export default async function StatusPage() {
  const actor = await requireActor(["indirect-reseller", "direct-bill"]);
  const organization = await getOwnOrganization(actor);
  if (!organization) notFound();
  const steps = [
    { label: "Onboarded into Partner Center", doneOn: organization.onboardedAt },
    organization.partnerType === "indirect-reseller"
      ? { label: "Enrolled as indirect reseller", doneOn: organization.resellerEnrolledAt }
      : { label: "Enrolled as direct-bill partner", doneOn: organization.directBillEnrolledAt },
    { label: "Microsoft Partner Agreement accepted", doneOn: organization.mpaAcceptedOn },
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{organization.legalName}</h1>
        <p className="text-sm text-slate-600">
          Partner ID {organization.partnerId} · {organization.country} · region {organization.region}
        </p>
      </div>
      <section className="card" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading" className="text-lg font-medium">
          Readiness
        </h2>
        <ol className="mt-4 space-y-2">
          {steps.map((step) => (
            <li key={step.label} className="flex items-center gap-3">
              <span
                aria-hidden
                className={`inline-block h-3 w-3 rounded-full ${step.doneOn ? "bg-green-600" : "bg-slate-300"}`}
              />
              <span>{step.label}</span>
              <span className="text-sm text-slate-600">
                {step.doneOn ? `done ${formatDate(step.doneOn)}` : "not yet"}
              </span>
            </li>
          ))}
        </ol>
        {!organization.mpaAcceptedOn && actor.role === "admin" && <AcceptMpaForm />}
      </section>
      {organization.partnerType === "indirect-reseller" && <ProviderRelationships actor={actor} />}
    </div>
  );
}
