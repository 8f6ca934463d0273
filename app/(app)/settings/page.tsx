import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { getOrganizationSecurity, getTwoFactorStatus } from "@/lib/data/two-factor";
import { formatDate } from "@/lib/labels";
import { DisplayNameForm } from "./display-name-form";
import { PasswordForm } from "./password-form";
import { RequireTwoFactorForm } from "./require-two-factor-form";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const [twoFactor, organization] = await Promise.all([getTwoFactorStatus(actor), getOrganizationSecurity(actor)]);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-medium">
          Your profile
        </h2>
        <p className="mt-1 text-sm text-slate-600">Signed in as {actor.email}.</p>
        <DisplayNameForm currentName={actor.name} />
      </section>
      <nav className="card" aria-labelledby="more-settings-heading">
        <h2 id="more-settings-heading" className="text-lg font-medium">
          More settings
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          <li>
            <Link href="/settings/sessions" className="text-brand-700 underline">Your sessions</Link> — where you are signed in; sign out one or all others.
          </li>
          <li>
            <Link href="/settings/notifications" className="text-brand-700 underline">Notifications</Link> — what reaches you
            in the app only, by email too, or not at all.
          </li>
          <li>
            <Link href="/settings/email" className="text-brand-700 underline">Change your email address</Link>
          </li>
          {actor.organizationId && (
            <li>
              <Link href="/settings/organization" className="text-brand-700 underline">Organization details</Link> — legal name, address,
              website and contact{can(actor, "organization.edit-details") ? "" : " (admins edit them)"}.
            </li>
          )}
          {can(actor, "end-customer.view-partners") && (
            <li>
              <Link href="/customer" className="text-brand-700 underline">My partners</Link> — who serves your company, and requiring two-factor sign-in.
            </li>
          )}
          {can(actor, "team.view") && (
            <li>
              <Link href="/team" className="text-brand-700 underline">Team</Link> — colleagues and their roles.
            </li>
          )}
          {can(actor, "api-token.manage") && (
            <li>
              <Link href="/settings/api-tokens" className="text-brand-700 underline">API tokens</Link> — let your own systems use the
              partner API as your organization.
            </li>
          )}
          {can(actor, "reseller.view") && (
            <li>
              <Link href="/settings/partner-center" className="text-brand-700 underline">Partner Center connection</Link> — read resellers, MPA
              status and customers from Microsoft&apos;s system of record.
            </li>
          )}
          {can(actor, "webhooks.manage") && (
            <li>
              <Link href="/settings/webhooks" className="text-brand-700 underline">Webhooks</Link> — send your organization&apos;s
              events, signed, to your own systems.
            </li>
          )}
        </ul>
      </nav>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-medium">
          Password
        </h2>
        <PasswordForm />
      </section>
      <section className="card" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading" className="text-lg font-medium">
          Two-factor sign-in
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {twoFactor.enabledAt
            ? `On since ${formatDate(twoFactor.enabledAt)}; ${twoFactor.recoveryCodesLeft} recovery codes left.`
            : "Off. Partner Center requires multi-factor sign-in for partners; set it up with an authenticator app."}
        </p>
        <Link href="/settings/two-factor" className="btn-secondary mt-3 inline-block">
          {twoFactor.enabledAt ? "Manage two-factor sign-in" : "Set up two-factor sign-in"}
        </Link>
      </section>
      {organization && can(actor, "organization.require-two-factor") && (
        <section className="card" aria-labelledby="organization-security-heading">
          <h2 id="organization-security-heading" className="text-lg font-medium">
            Organization security
          </h2>
          <RequireTwoFactorForm required={organization.requireTwoFactor} version={organization.version} />
        </section>
      )}
    </div>
  );
}
