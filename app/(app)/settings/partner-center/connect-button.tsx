"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { startPartnerCenterSignIn } from "./actions";

/** Sends the admin to Partner Center's sign-in; they come back to the callback route, then to this page. */
export function ConnectButton({ label }: { label: string }) {
  const t = useTranslations("settings.partnerCenter");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <button
        type="button"
        className="btn-primary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await startPartnerCenterSignIn({});
            if (result.ok) window.location.assign(result.data.url);
            else setError(result.error);
          })
        }
      >
        {pending ? t("opening") : label}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
