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
      <div className="max-w-3xl space-y-2 text-sm text-slate-600">
        <p>
          <strong className="text-slate-900">Ready</strong> means you can record the reseller on a new subscription today: its
          Partner ID is known, it is in your CSP region, it has joined Partner Center, enrolled as an indirect reseller and
          accepted the MPA, and, when it is one of your resellers, your relationship with it is active (a suspended or
          terminated relationship, or one whose end is requested, is not ready for you).
        </p>
        <p>
          Where Partner Center reports a code for the same case (2200, 2201, 2203, 2204) it is shown beside our explanation.
          Line numbers are those of the text as you pasted it; a Partner ID listed several times is reported once. Your own
          resellers are shown with their names; for other Partner IDs you see the result only, never the partner&apos;s name.
        </p>
      </div>
      <VerifyForm />
    </div>
  );
}
