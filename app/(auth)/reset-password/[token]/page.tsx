import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { params: Promise<{ token: string }> };

/** Where the mailed reset link leads. Opening it changes nothing; submitting a new password uses the link. */
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) notFound();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      <p className="mt-2 text-sm text-slate-600">
        Every session signed in with your old password ends, and we tell you by email. If two-factor sign-in is on,
        you still need your code to sign in.
      </p>
      <ResetPasswordForm token={token} />
    </main>
  );
}
