import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { ChangeEmailForm } from "./change-email-form";

export const metadata: Metadata = { title: "Change your email address" };

export default async function ChangeEmailPage() {
  const actor = await requireActor();
  return (
    <div className="max-w-xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> / Email address
      </p>
      <h1 className="text-2xl font-semibold">Change your email address</h1>
      <section className="card">
        <p className="text-sm text-slate-600">
          You sign in with <strong>{actor.email}</strong>. We send a link to the new address; your account moves to it
          when you open that link (within 24 hours), and we tell the current address.
        </p>
        <ChangeEmailForm />
      </section>
    </div>
  );
}
