import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";
import { safeReturnPath } from "@/lib/validation/auth";
import { SignInForm } from "./sign-in-form";
import { InvitationIntro, invitationTokenIn } from "../_components/invitation-intro";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  const invitationToken = invitationTokenIn(returnTo);
  // Signed in but still owing a step: the form would not help; the page they go to sends them to that step.
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  if (actor) redirect(returnTo ?? homeOf(actor));
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">Sign in to CSP Partner Hub</h1>
      <p className="mt-2 text-sm text-slate-600">
        For indirect providers, indirect resellers, direct-bill partners and program support.
      </p>
      {params.verified === "1" && (
        <p role="status" className="mt-6 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          Your email address is confirmed. Sign in to continue.
        </p>
      )}
      {params.reset === "1" && (
        <p role="status" className="mt-6 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          Your password was changed and your other sessions were signed out. Sign in with the new password.
        </p>
      )}
      {params.joined === "1" && (
        <p role="status" className="mt-6 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          Your account is ready. Sign in with your email and the password you chose.
        </p>
      )}
      {invitationToken && <InvitationIntro token={invitationToken} showSignUp />}
      <SignInForm returnTo={returnTo} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">
        New indirect reseller?{" "}
        <Link href={invitationToken ? `/sign-up?invitation=${invitationToken}` : "/sign-up"} className="font-medium text-brand-700 underline">
          Sign up your organization
        </Link>
      </p>
      <p className="mt-4 text-sm text-slate-600">
        Not sure whether a deal is allowed?{" "}
        <Link href="/check" className="font-medium text-brand-700 underline">
          Try the scenario checker
        </Link>{" "}
        — no account needed.
      </p>
    </main>
  );
}
