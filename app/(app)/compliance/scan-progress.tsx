"use client";

import { useTranslations } from "next-intl";
import { useRefreshEvery } from "@/components/use-refresh-every";

/** A running scan's progress bar; the page reloads its data every second until the scan has ended. */
export function ScanProgress({ done, total }: { done: number; total: number }) {
  const t = useTranslations("compliance.progress");
  useRefreshEvery(1000);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="card space-y-2" role="status">
      <p className="font-medium">{total > 0 ? t("scanning", { done, total }) : t("waiting")}</p>
      <progress className="h-3 w-full" max={100} value={percent} aria-label={t("label")}>
        {percent}%
      </progress>
    </div>
  );
}
