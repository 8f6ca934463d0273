"use client";

// Shown instead of a page whose rendering failed, e.g. while the database cannot be reached. Says what to do; the
// details stay in the server log (Next sends only a digest to the browser).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16" role="alert">
      <h1 className="text-2xl font-semibold">This page is not available right now</h1>
      <p className="mt-3 text-slate-700">
        We could not load your data, most likely because the database is briefly unreachable. Nothing you saved is lost.
        Try again in a moment.
      </p>
      <button type="button" onClick={() => reset()} className="btn-primary mt-6">
        Try again
      </button>
    </main>
  );
}
