import Link from "next/link";
import { getInvitationForVisitor } from "@/lib/data/invitations";
import { formatDate, regionName } from "@/lib/labels";

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
  const addressee = [invitation.email, invitation.partnerId && `Partner ID ${invitation.partnerId}`].filter(Boolean).join(", ");
  return (
    <section aria-labelledby="invitation-intro" className="mt-6 space-y-2 rounded-md border border-blue-200 bg-brand-50 p-4 text-sm">
      <h2 id="invitation-intro" className="font-medium">
        {invitation.providerName} invites you to resell through them
      </h2>
      <p>
        {invitation.providerName} ({invitation.providerCountry}, {regionName(invitation.providerRegion)}) is an indirect
        provider in Microsoft&apos;s Cloud Solution Provider program. It invited {addressee} to become one of its
        indirect resellers, so your organization can sell Microsoft offers to its customers through them.
      </p>
      {invitation.state === "pending" ? (
        showSignUp ? (
          <p>
            Sign in to answer it, or{" "}
            <Link href={`/sign-up?invitation=${token}`} className="font-medium text-brand-700 underline">
              sign up your organization
            </Link>{" "}
            if it is not on CSP Partner Hub yet; after you confirm your email you come back here. The link works until{" "}
            {formatDate(invitation.expiresAt)}.
          </p>
        ) : (
          <p>
            Sign your organization up below. We then email you a link to confirm your address, and it brings you back to
            this invitation to accept it. The invitation works until {formatDate(invitation.expiresAt)}.
          </p>
        )
      ) : (
        <p>This invitation is no longer open ({invitation.state}). Ask {invitation.providerName} for a new one.</p>
      )}
    </section>
  );
}
