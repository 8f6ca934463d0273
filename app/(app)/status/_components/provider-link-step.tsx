import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/i18n/format";
import { PendingInvitations, type PendingInvitation } from "@/components/providers/pending-invitations";
import { regionName } from "@/lib/labels";

type ProviderToContact = { id: string; name: string; partnerId: string; country: string; website: string | null; phone: string | null; contactEmail: string | null };

/**
 * What a reseller without an active provider does next: answer an invitation that waits (right here), or ask a
 * provider in its own region to invite it. Without a provider it cannot sell, however ready it is otherwise.
 */
export function ProviderLinkStep(props: { region: string; pending: PendingInvitation[]; providers: ProviderToContact[]; isAdmin: boolean; admins: string[] }) {
  const { region, pending, providers, isAdmin, admins } = props;
  const t = useTranslations("status.providerLink");
  const locale = useLocale();
  const giveId = t.rich("giveId", { link: (chunks) => <Link href="/providers" className="text-brand-700 underline">{chunks}</Link> });
  return (
    <div className="mt-2 space-y-3 text-sm">
      <p>{t("intro")}</p>
      {pending.length > 0 && (
        <div>
          <p className="font-medium">{t("invitationsWaiting", { count: pending.length })}</p>
          <PendingInvitations pending={pending} isAdmin={isAdmin} admins={admins} />
        </div>
      )}
      <div>
        <p className="font-medium">{t("providersInRegion", { region: regionName(region, locale) })}</p>
        {providers.length === 0 ? (
          <p className="text-slate-600">{t("noProviders")}</p>
        ) : (
          <ul className="mt-1 list-disc pl-5" aria-label={t("providersLabel")}>
            {providers.map((provider) => (
              <li key={provider.id}>
                <span className="font-medium">{provider.name}</span> · {t("partnerIdCountry", { partnerId: provider.partnerId, country: countryName(provider.country, locale) })}
                {provider.contactEmail && (
                  <>
                    {" "}
                    · <a className="text-brand-700 underline" href={`mailto:${provider.contactEmail}`}>{provider.contactEmail}</a>
                  </>
                )}
                {provider.phone && <> · {provider.phone}</>}
                {provider.website?.startsWith("http") && (
                  <>
                    {" "}
                    · <a className="text-brand-700 underline" href={provider.website} rel="noreferrer">{t("website")}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-slate-600">
          {giveId}
        </p>
      </div>
    </div>
  );
}
