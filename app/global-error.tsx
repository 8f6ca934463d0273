"use client";

// Replaces the root layout when that itself fails; so it brings its own <html> and plain styles.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main role="alert">
          <h1>CSP Partner Hub is not available right now</h1>
          <p>Something on our side failed, most likely the database is briefly unreachable. Nothing you saved is lost.</p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
