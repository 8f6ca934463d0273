// Copies the page's address (which holds the whole scenario) and says so. The link keeps the page's language: a
// Dutch page copies `/nl/check?…`, so whoever opens it reads the checker in Dutch too.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { linkInLanguage } from "@/lib/checker/query";

export function CopyLinkButton() {
  const t = useTranslations("check.copyLink");
  const locale = useLocale();
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(linkInLanguage(window.location.href, locale));
      setMessage(t("copied"));
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); the address bar still has the link.
      setMessage(t("failed"));
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="btn-secondary">
        {t("button")}
      </button>
      <span aria-live="polite" className="text-sm text-slate-600">
        {message}
      </span>
    </div>
  );
}
