import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { getTwoFactorStatus } from "@/lib/data/two-factor";
import { formatDate } from "@/lib/labels";
import { TwoFactorPanel } from "./two-factor-panel";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorPage() {
  const actor = await requireActor(undefined, { beforeTwoFactor: true });
  const status = await getTwoFactorStatus(actor);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">Two-factor sign-in</h1>
      {actor.mustEnrolTwoFactor && (
        <p className="card border-amber-300 bg-amber-50 text-sm" role="status">
          {actor.organizationName} requires two-factor sign-in. Set it up to continue using CSP Partner Hub.
        </p>
      )}
      <section className="card" aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-lg font-medium">
          {status.enabledAt ? `On since ${formatDate(status.enabledAt)}` : "Not set up"}
        </h2>
        <TwoFactorPanel
          enabled={Boolean(status.enabledAt)}
          recoveryCodesLeft={status.recoveryCodesLeft}
          organizationRequires={status.organizationRequires}
        />
      </section>
      <p>
        <Link href="/settings" className="text-brand-700 underline">
          Back to settings
        </Link>
      </p>
    </div>
  );
}
