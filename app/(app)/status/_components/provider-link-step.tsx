import Link from "next/link";
import { PendingInvitations, type PendingInvitation } from "@/components/providers/pending-invitations";
import { regionName } from "@/lib/labels";

type ProviderToContact = { id: string; name: string; partnerId: string; country: string; website: string | null; phone: string | null; contactEmail: string | null };

/**
 * What a reseller without an active provider does next: answer an invitation that waits (right here), or ask a
 * provider in its own region to invite it. Without a provider it cannot sell, however ready it is otherwise.
 */
export function ProviderLinkStep(props: { region: string; pending: PendingInvitation[]; providers: ProviderToContact[]; isAdmin: boolean; admins: string[] }) {
  const { region, pending, providers, isAdmin, admins } = props;
  return (
    <div className="mt-2 space-y-3 text-sm">
      <p>
        A reseller sells only through an indirect provider: until one links with you, no provider can transact new business
        with you or record your Partner ID on a subscription.
      </p>
      {pending.length > 0 && (
        <div>
          <p className="font-medium">{pending.length === 1 ? "An invitation waits for your answer:" : "Invitations wait for your answer:"}</p>
          <PendingInvitations pending={pending} isAdmin={isAdmin} admins={admins} />
        </div>
      )}
      <div>
        <p className="font-medium">Indirect providers in your region ({regionName(region)}) you can ask to invite you:</p>
        {providers.length === 0 ? (
          <p className="text-slate-600">No other indirect provider in your region uses CSP Partner Hub yet.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5" aria-label="Providers to contact">
            {providers.map((provider) => (
              <li key={provider.id}>
                <span className="font-medium">{provider.name}</span> · Partner ID {provider.partnerId} · {provider.country}
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
                    · <a className="text-brand-700 underline" href={provider.website} rel="noreferrer">website</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-slate-600">
          Give them your Partner ID; their invitation appears here and under{" "}
          <Link href="/providers" className="text-brand-700 underline">My providers</Link>.
        </p>
      </div>
    </div>
  );
}
