"use client";

import { useTranslations } from "next-intl";

// Shown instead of a page whose rendering failed, e.g. while the database cannot be reached. Says what to do; the
// details stay in the server log (Next sends only a digest to the browser).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main className="mx-auto max-w-xl px-4 py-16" role="alert">
      <h1 className="text-2xl font-semibold">{t("error.title")}</h1>
      <p className="mt-3 text-slate-700">{t("error.body")}</p>
      <button type="button" onClick={() => reset()} className="btn-primary mt-6">
        {t("error.tryAgain")}
      </button>
    </main>
  );
}
