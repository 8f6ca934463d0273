import Link from "next/link";

// Also the answer for another organization's records: "not found" reveals nothing about whether they exist.
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or it is not yours to see.</p>
      <p className="mt-6">
        <Link href="/" className="btn-primary">
          Go to your home page
        </Link>
      </p>
    </main>
  );
}
