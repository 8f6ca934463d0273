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
  return (
    <ul className="mt-3 divide-y divide-slate-100">
      {pending.map((invitation) => (
        <li key={invitation.invitationId} className="py-3" aria-label={`Invitation from ${invitation.providerName}`}>
          <p className="font-medium">{invitation.providerName}</p>
          <p className="text-sm text-slate-600">
            Partner ID {invitation.providerPartnerId} · {invitation.providerCountry} · region {regionName(invitation.providerRegion)} · invited{" "}
            {formatDate(invitation.invitedAt)} · open until {formatDate(invitation.expiresAt)}
          </p>
          {isAdmin ? (
            <div className="mt-2 flex flex-wrap gap-4">
              <ActionButton
                action={acceptProviderInvitationForm}
                fields={{ invitationId: invitation.invitationId }}
                label={`Accept ${invitation.providerName}`}
                pendingLabel="Accepting…"
                success="Accepted: the relationship is active."
              />
              <ActionButton action={declineProviderInvitationForm} fields={{ invitationId: invitation.invitationId }} label="Decline" pendingLabel="Declining…" success="Declined." secondary />
            </div>
          ) : (
            <AdminsOnly admins={admins} what="answer an invitation" />
          )}
        </li>
      ))}
    </ul>
  );
}
