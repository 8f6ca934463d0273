"use client";

import { useTranslations } from "next-intl";
import { useRefreshEvery } from "@/components/use-refresh-every";

/** A running import's progress bar; the page reloads its data every second until the import has finished. */
export function ImportProgress({ done, total, kind }: { done: number; total: number; kind: "resellers" | "customers" }) {
  const t = useTranslations("import.progress");
  useRefreshEvery(1000);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="card space-y-2" role="status">
      <p className="font-medium">{total > 0 ? t(`working.${kind}`, { done, total }) : t("waiting")}</p>
      <progress className="h-3 w-full" max={100} value={percent} aria-label={t("label")}>
        {percent}%
      </progress>
    </div>
  );
}
