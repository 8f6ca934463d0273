/**
 * Signs in over HTTP the way a browser does (CSRF token, then the credentials callback) and returns the session
 * cookie, for scripts that load a running server (`npm run load`, `npm run bench:pages`).
 */
export async function signInOverHttp(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // The proxy and the route both set a CSRF cookie; like a browser, keep the last one of each name.
  const jar = new Map(csrf.headers.getSetCookie().map((c) => c.split(";")[0]!.split(/=(.*)/s) as [string, string]));
  const csrfCookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: origin }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Sign-in of ${email} failed (${response.status} ${response.headers.get("location")})`);
  return session.split(";")[0]!;
}
