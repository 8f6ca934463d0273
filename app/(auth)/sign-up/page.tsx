import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";
import { countryOptions } from "@/lib/rules";
import { SignUpForm } from "./sign-up-form";
import { getInvitationForVisitor } from "@/lib/data/invitations";
import { signUpInvitationSchema } from "@/lib/validation/sign-up";
import { InvitationIntro } from "../_components/invitation-intro";

export const metadata: Metadata = { title: "Sign up your organization" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Already signed in (even with a step still owed): the home page, which sends them to that step.
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  if (actor) redirect(homeOf(actor));
  // Signing up to answer an invitation: the form starts with whom it names, and the confirmation link leads back to it.
  const token = signUpInvitationSchema.parse((await searchParams).invitation);
  const invitation = token ? await getInvitationForVisitor(token) : null;
  const prefill = invitation && token ? { email: invitation.email ?? undefined, partnerId: invitation.partnerId ?? undefined, invitation: token } : {};
  const countries = countryOptions().map(({ code, name, regionName }) => ({ code, label: `${name} (${regionName})` }));
  return (
    <main className="mx-auto max-w-xl px-4 py-12">
      <h1 className="text-2xl font-semibold">Sign up your reseller organization</h1>
      <p className="mt-2 text-sm text-slate-600">
        For indirect resellers. After signing up you submit your business details; program support verifies them, which
        onboards you into Partner Center. Then you enroll as an indirect reseller, accept the Microsoft Partner Agreement,
        and link with at least one indirect provider in your region: a reseller sells only through a provider, so you
        accept a provider&rsquo;s invitation (your status page lists the providers you can ask).
      </p>
      {invitation && token && <InvitationIntro token={token} showSignUp={false} />}
      <SignUpForm countries={countries} prefill={prefill} />
      <p className="mt-6 text-sm text-slate-600">
        Already registered?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </main>
  );
}
