import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Scenario checker" };

export default function CheckPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-semibold">Scenario checker</h1>
      <p className="mt-2 text-slate-600">Describe a CSP transaction and see whether the program allows it, and why.</p>
      <p className="mt-6">
        <Link href="/rules" className="text-brand-700 underline">
          Read the program rules
        </Link>
      </p>
    </main>
  );
}
