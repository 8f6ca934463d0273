import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmEmailForm } from "./confirm-email-form";

export const metadata: Metadata = { title: "Confirm your email address" };

type Props = { params: Promise<{ token: string }> };

/** Where the mailed link leads. Opening the page changes nothing; the button uses the link. */
export default async function ConfirmEmailPage({ params }: Props) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) notFound();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">Confirm your email address</h1>
      <p className="mt-2 text-sm text-slate-600">
        Confirming proves the address is yours. Your organization can then answer invitations and act in CSP Partner Hub.
      </p>
      <ConfirmEmailForm token={token} />
    </main>
  );
}
