import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/action-button";
import { AdminsOnly } from "@/components/admins-only";
import { formatDate, regionName } from "@/lib/labels";
import { acceptProviderInvitationForm, declineProviderInvitationForm } from "@/app/(app)/providers/actions";

export type PendingInvitation = {
  invitationId: string;
  invitedAt: Date | string;
  expiresAt: Date | string;
  providerName: string;
  providerPartnerId: string;
  providerCountry: string;
  providerRegion: string;
};

/** Open invitations with accept and decline (admins) or whom to ask (members): on "My providers" and the status page. */
export function PendingInvitations({ pending, isAdmin, admins }: { pending: PendingInvitation[]; isAdmin: boolean; admins: string[] }) {
  const t = useTranslations("providers.pending");
  const locale = useLocale();
  return (
    <ul className="mt-3 divide-y divide-slate-100">
      {pending.map((invitation) => (
        <li key={invitation.invitationId} className="py-3" aria-label={t("label", { name: invitation.providerName })}>
          <p className="font-medium">{invitation.providerName}</p>
          <p className="text-sm text-slate-600">
            {t("facts", {
              partnerId: invitation.providerPartnerId,
              country: invitation.providerCountry,
              region: regionName(invitation.providerRegion, locale),
              invited: formatDate(invitation.invitedAt, locale),
              until: formatDate(invitation.expiresAt, locale),
            })}
          </p>
          {isAdmin ? (
            <div className="mt-2 flex flex-wrap gap-4">
              <ActionButton
                action={acceptProviderInvitationForm}
                fields={{ invitationId: invitation.invitationId }}
                label={t("accept", { name: invitation.providerName })}
                pendingLabel={t("accepting")}
                success={t("accepted")}
              />
              <ActionButton action={declineProviderInvitationForm} fields={{ invitationId: invitation.invitationId }} label={t("decline")} pendingLabel={t("declining")} success={t("declined")} secondary />
            </div>
          ) : (
            <AdminsOnly admins={admins} what={t("adminsOnlyWhat")} />
          )}
        </li>
      ))}
    </ul>
  );
}
