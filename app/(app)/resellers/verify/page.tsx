import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { VerifyForm } from "./verify-form";

export const metadata: Metadata = { title: "Verify MPA by Partner ID" };

export default async function VerifyPage() {
  await requireActor("reseller.verify-mpa");
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/resellers" className="text-brand-700 underline">Resellers</Link> / Verify MPA</p>
      <h1 className="text-2xl font-semibold">Verify MPA by Partner ID</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        Check whether resellers can be recorded on new subscriptions: known Partner ID, in your region, onboarded, enrolled as indirect
        reseller, MPA accepted. Where Partner Center reports a code for the same case (2200, 2201, 2203, 2204) it is shown beside our
        explanation. For Partner IDs you have no relationship with you see this result only, never the partner&apos;s name.
      </p>
      <VerifyForm />
    </div>
  );
}
