"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** A signing secret shown the one time it exists in the clear, with a copy button. */
export function SecretReveal({ secret, heading }: { secret: string; heading: string }) {
  const t = useTranslations("webhooks.secret");
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium">{heading}</p>
      <p>{t("copyNow")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="webhook-secret" className="min-w-0 break-all rounded bg-white px-2 py-1 font-mono text-xs">
          {secret}
        </code>
        <button
          type="button"
          className="btn-secondary px-3 py-1"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
