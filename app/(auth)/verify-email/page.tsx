import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/data/require-actor";
import { homeOf } from "@/lib/navigation";
import { ResendVerificationForm } from "./resend-verification-form";

export const metadata: Metadata = { title: "Confirm your email address" };

/** Where a signed-in user whose address is not confirmed yet is sent: what to do, and a new link on request. */
export default async function VerifyEmailPage() {
  const actor = await requireActor(undefined, { beforeEmailVerified: true, beforeTwoFactor: true });
  if (actor.emailVerified) redirect(homeOf(actor));
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">Confirm your email address</h1>
      <ResendVerificationForm email={actor.email} />
    </main>
  );
}
