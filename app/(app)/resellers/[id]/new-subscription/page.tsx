import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { regionName } from "@/lib/labels";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { getResellerOfProvider } from "@/lib/data/relationships";
import { listCustomersServedThroughReseller } from "@/lib/data/new-business";
import { countryOptions } from "@/lib/rules";
import { NewSubscriptionForm } from "./new-subscription-form";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resellers.newSubscription");
  return { title: t("metaTitle") };
}

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
  const t = await getTranslations("resellers.newSubscription");
  const locale = await getLocale();
  const mayCreate = can(actor, "subscription.create");
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/resellers" className="text-brand-700 underline">{t("breadcrumbResellers")}</Link> /{" "}
        <Link href={`/resellers/${id}`} className="text-brand-700 underline">{name}</Link> / {t("breadcrumb")}
      </p>
      <h1 className="text-2xl font-semibold">{t("title", { name })}</h1>
      <section className="card">
        {mayCreate ? (
          <NewSubscriptionForm
            resellerId={id}
            resellerName={name}
            requestKey={randomUUID()}
            customers={customers}
            countries={countryOptions(locale).map(({ code, name: countryName, regionId }) => ({ code, name: countryName, regionName: regionName(regionId, locale) }))}
          />
        ) : (
          <p className="text-slate-600">{t("adminOnly")}</p>
        )}
      </section>
    </div>
  );
}
