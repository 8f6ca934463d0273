"use client";

import { useRefreshEvery } from "@/components/use-refresh-every";

/** A running import's progress bar; the page reloads its data every second until the import has finished. */
export function ImportProgress({ done, total, noun }: { done: number; total: number; noun: string }) {
  useRefreshEvery(1000);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="card space-y-2" role="status">
      <p className="font-medium">{total > 0 ? `Working… ${done.toLocaleString("en")} of ${total.toLocaleString("en")} ${noun}` : "Waiting to start…"}</p>
      <progress className="h-3 w-full" max={100} value={percent} aria-label="Import progress">
        {percent}%
      </progress>
    </div>
  );
}
