import type { Metadata } from "next";

export const metadata: Metadata = { title: "Program rules" };

export default function RulesPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-semibold">Program rules</h1>
    </main>
  );
}
