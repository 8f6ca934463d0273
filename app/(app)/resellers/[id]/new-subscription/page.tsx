import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getResellerOfProvider } from "@/lib/data/relationships";
import { listCustomersServedThroughReseller } from "@/lib/data/new-business";
import { countryOptions } from "@/lib/rules";
import { NewSubscriptionForm } from "./new-subscription-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "New subscription with a reseller" };

type Props = { params: Promise<{ id: string }> };

/**
 * The provider creates a subscription (for a customer it serves through the reseller, or a new one made on the
 * reseller's behalf) with the reseller of record. The form is always reachable; the server action asks the rules and
 * refuses with their explanation, writing nothing, when they block.
 */
export default async function NewSubscriptionPage({ params }: Props) {
  const actor = await requireActor("reseller.view");
  const { id } = await params;
  const detail = await getResellerOfProvider(actor, id);
  if (!detail) notFound();
  const customers = await listCustomersServedThroughReseller(actor, id);
  const name = detail.reseller.legalName;
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/resellers" className="text-brand-700 underline">Resellers</Link> /{" "}
        <Link href={`/resellers/${id}`} className="text-brand-700 underline">{name}</Link> / New subscription
      </p>
      <h1 className="text-2xl font-semibold">New subscription with {name}</h1>
      <section className="card">
        {can(actor, "subscription.create") ? (
          <NewSubscriptionForm
            resellerId={id}
            resellerName={name}
            requestKey={randomUUID()}
            customers={customers}
            countries={countryOptions().map(({ code, name: countryName, regionName }) => ({ code, name: countryName, regionName }))}
          />
        ) : (
          <p className="text-slate-600">Only an admin of your organization can create subscriptions.</p>
        )}
      </section>
    </div>
  );
}
