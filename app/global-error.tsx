"use client";

// Replaces the root layout when that itself fails; so it brings its own <html> and plain styles. It renders outside
// the layout, so there is no NextIntlClientProvider (and no catalogue) here: its three sentences live inline in both
// languages. The language is the one of the page that failed: while this first renders in the browser, the document
// is still that page's, whose `<html lang>` the root layout set from the request's language. Rendered on the server
// (the root layout failed before any page existed) there is nothing to read, so it says it in English, the default.
import { useState } from "react";

const TEXT = {
  en: {
    title: "CSP Partner Hub is not available right now",
    body: "Something on our side failed, most likely the database is briefly unreachable. Nothing you saved is lost.",
    tryAgain: "Try again",
  },
  nl: {
    title: "CSP Partner Hub is nu niet beschikbaar",
    body: "Er ging bij ons iets mis; waarschijnlijk is de database even niet bereikbaar. Niets van wat je hebt opgeslagen is verloren.",
    tryAgain: "Opnieuw proberen",
  },
} as const;

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [locale] = useState<keyof typeof TEXT>(() => (typeof document !== "undefined" && document.documentElement.lang.toLowerCase().startsWith("nl") ? "nl" : "en"));
  const text = TEXT[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main role="alert">
          <h1>{text.title}</h1>
          <p>{text.body}</p>
          <button type="button" onClick={() => reset()}>
            {text.tryAgain}
          </button>
        </main>
      </body>
    </html>
  );
}
