import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTeamInvitationByToken, HAS_ACCOUNT_ELSEWHERE, INVITATION_NOT_VALID } from "@/lib/data/team";
import { JoinTeamForm } from "./join-team-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.joinTeam"))("title") };
}

type Props = { params: Promise<{ token: string }> };

/** Where a colleague's mailed invitation leads. Opening it changes nothing; the form uses the link. */
export default async function JoinTeamPage({ params }: Props) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) notFound();
  const invitation = await getTeamInvitationByToken(token);
  const t = await getTranslations("auth");
  const intro = (role: string, email: string) => t.rich("joinTeam.intro", { role, email, strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      {invitation.state === "not-valid" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("invitationNotValid")}</h1>
          <p role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{INVITATION_NOT_VALID}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t("joinTeam.heading", { team: invitation.teamName })}</h1>
          <p className="mt-2 text-sm text-slate-600">
            {intro(invitation.role, invitation.email)}
          </p>
          {invitation.hasAccount ? (
            <div role="alert" className="mt-6 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
              <p>{HAS_ACCOUNT_ELSEWHERE}</p>
              <p>
                <Link href="/sign-in" className="font-medium text-brand-700 underline">{t("signIn.submit")}</Link>
              </p>
            </div>
          ) : (
            <JoinTeamForm token={token} />
          )}
        </>
      )}
    </main>
  );
}
