import Link from "next/link";
import { getInvitationForVisitor } from "@/lib/data/invitations";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, regionName } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";

const TOKEN = /^\/invitations\/([A-Za-z0-9_-]{43})$/;

/** The invitation's token when a path is an invitation link. */
export function invitationTokenIn(path: string | null | undefined): string | null {
  return path?.match(TOKEN)?.[1] ?? null;
}

/**
 * For a person who opened an invitation link without being signed in: who invites whom and why, and the two ways on
 * (sign in, or sign the organization up, which leads back to the invitation once the email is confirmed).
 */
export async function InvitationIntro({ token, showSignUp }: { token: string; showSignUp: boolean }) {
  const invitation = await getInvitationForVisitor(token);
  if (!invitation) return null;
  const t = await getTranslations("auth.invitationIntro");
  const locale = (await getLocale()) as Locale;
  const addressee = [invitation.email, invitation.partnerId && t("partnerId", { partnerId: invitation.partnerId })].filter(Boolean).join(", ");
  const provider = invitation.providerName;
  const until = formatDate(invitation.expiresAt, locale);
  const signInOrSignUp = t.rich("signInOrSignUp", {
    until,
    link: (chunks) => (
      <Link href={`/sign-up?invitation=${token}`} className="font-medium text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  return (
    <section aria-labelledby="invitation-intro" className="mt-6 space-y-2 rounded-md border border-blue-200 bg-brand-50 p-4 text-sm">
      <h2 id="invitation-intro" className="font-medium">
        {t("title", { provider })}
      </h2>
      <p>{t("body", { provider, country: invitation.providerCountry, region: regionName(invitation.providerRegion, locale), addressee })}</p>
      {invitation.state === "pending" ? (
        showSignUp ? (
          <p>{signInOrSignUp}</p>
        ) : (
          <p>{t("signUpBelow", { until })}</p>
        )
      ) : (
        <p>{t("noLongerOpen", { state: t(`state.${invitation.state}`), provider })}</p>
      )}
    </section>
  );
}
