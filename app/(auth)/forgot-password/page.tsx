import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      <p className="mt-2 text-sm text-slate-600">
        Enter the email address you sign in with. If it belongs to an account, we mail it a link to choose a new
        password; the link works once, for one hour.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-600">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </main>
  );
}
