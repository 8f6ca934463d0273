/**
 * A server action is a POST carrying a `Next-Action` header. Next refuses one whose Origin is not this site, but by
 * throwing, which answers 500 and logs an error, as if the server were broken. The proxy asks this first and answers
 * 403. The comparison is Next's own: the Origin's host against the first X-Forwarded-Host entry, else Host. A POST
 * without Origin is left to Next (old browsers send none; Next lets it through with a warning), as is any other
 * request.
 */
export function isCrossOriginAction(method: string, headers: Headers): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const siteHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !siteHost || hostOf(origin) !== siteHost.toLowerCase();
}

/** The host (with port) of an Origin header; null for "null" or anything that is not a URL. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
