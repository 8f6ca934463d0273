import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/data/require-actor";
import { getOrganizationSecurity, getTwoFactorStatus } from "@/lib/data/two-factor";
import { formatDate } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "@/components/language-switch";
import { chooseLanguageForm } from "@/app/language/actions";
import { DisplayNameForm } from "./display-name-form";
import { PasswordForm } from "./password-form";
import { RequireTwoFactorForm } from "./require-two-factor-form";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const [twoFactor, organization] = await Promise.all([getTwoFactorStatus(actor), getOrganizationSecurity(actor)]);
  const t = await getTranslations("settings");
  const locale = (await getLocale()) as Locale;
  // "<link>Team</link> — colleagues and their roles.": each item is one sentence, its link a tag inside it.
  const link = (href: string) => {
    const LinkTo = (chunks: React.ReactNode) => (
      <Link href={href} className="text-brand-700 underline">
        {chunks}
      </Link>
    );
    return LinkTo;
  };
  // The links this user has, in order; those for another role or capability are left out.
  const moreSettings = [
    t.rich("more.sessions", { link: link("/settings/sessions") }),
    t.rich("more.notifications", { link: link("/settings/notifications") }),
    t.rich("more.email", { link: link("/settings/email") }),
    actor.organizationId && t.rich("more.organization", { link: link("/settings/organization"), canEdit: String(can(actor, "organization.edit-details")) }),
    can(actor, "end-customer.view-partners") && t.rich("more.myPartners", { link: link("/customer") }),
    can(actor, "team.view") && t.rich("more.team", { link: link("/team") }),
    can(actor, "api-token.manage") && t.rich("more.apiTokens", { link: link("/settings/api-tokens") }),
    can(actor, "reseller.view") && t.rich("more.partnerCenter", { link: link("/settings/partner-center") }),
    can(actor, "webhooks.manage") && t.rich("more.webhooks", { link: link("/settings/webhooks") }),
  ].filter(Boolean);
  const mayRequireTwoFactor = Boolean(organization) && can(actor, "organization.require-two-factor");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-medium">
          {t("profile.heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("profile.signedInAs", { email: actor.email })}</p>
        <DisplayNameForm currentName={actor.name} />
      </section>
      <section className="card" aria-labelledby="language-heading">
        <h2 id="language-heading" className="text-lg font-medium">
          {t("language.heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("language.explanation")}</p>
        <div className="mt-3">
          <LanguageSwitch action={chooseLanguageForm} />
        </div>
      </section>
      <nav className="card" aria-labelledby="more-settings-heading">
        <h2 id="more-settings-heading" className="text-lg font-medium">
          {t("more.heading")}
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {moreSettings.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      </nav>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-medium">
          {t("password.heading")}
        </h2>
        <PasswordForm />
      </section>
      <section className="card" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading" className="text-lg font-medium">
          {t("twoFactor.heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {twoFactor.enabledAt
            ? t("twoFactor.onSince", { date: formatDate(twoFactor.enabledAt, locale), count: twoFactor.recoveryCodesLeft })
            : t("twoFactor.off")}
        </p>
        <Link href="/settings/two-factor" className="btn-secondary mt-3 inline-block">
          {twoFactor.enabledAt ? t("twoFactor.manage") : t("twoFactor.setUp")}
        </Link>
      </section>
      {organization && mayRequireTwoFactor && (
        <section className="card" aria-labelledby="organization-security-heading">
          <h2 id="organization-security-heading" className="text-lg font-medium">
            {t("organizationSecurity.heading")}
          </h2>
          <RequireTwoFactorForm required={organization.requireTwoFactor} version={organization.version} />
        </section>
      )}
    </div>
  );
}
