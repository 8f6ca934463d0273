"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Reloads the page's server data every `ms` while mounted: a progress bar shown only while its job runs. */
export function useRefreshEvery(ms: number) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), ms);
    return () => clearInterval(timer);
  }, [router, ms]);
}
