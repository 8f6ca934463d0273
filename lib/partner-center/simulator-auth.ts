import { z } from "zod";
import { ReconnectNeeded, type ConnectedAccount, type PartnerCenterAuth } from "./auth";

const tokenAnswer = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  expires_in: z.number(),
  account: z.string(),
  tenant_id: z.string(),
});
const cacheShape = z.object({ accessToken: z.string(), refreshToken: z.string(), expiresAt: z.number() });

/** Tokens from the Partner Center simulator's sign-in and token endpoints (never used against Microsoft). */
export function simulatorAuth(simulatorUrl: string, now: () => number = Date.now): PartnerCenterAuth {
  const base = simulatorUrl.replace(/\/+$/, "");

  async function token(body: Record<string, string>) {
    const response = await fetch(`${base}/_simulator/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status === 400) throw new ReconnectNeeded();
    if (!response.ok) throw new Error(`The simulator's token endpoint answered ${response.status}.`);
    return tokenAnswer.parse(await response.json());
  }

  const cacheOf = (answer: z.infer<typeof tokenAnswer>) =>
    JSON.stringify({ accessToken: answer.access_token, refreshToken: answer.refresh_token, expiresAt: now() + answer.expires_in * 1000 });

  return {
    async signInUrl({ state, redirectUri }) {
      return `${base}/_simulator/authorize?${new URLSearchParams({ state, redirect_uri: redirectUri })}`;
    },
    async redeemCode({ code }): Promise<ConnectedAccount> {
      const answer = await token({ grant_type: "authorization_code", code });
      return { account: answer.account, partnerTenantId: answer.tenant_id, tokenCache: cacheOf(answer) };
    },
    async accessToken(tokenCache) {
      const cache = cacheShape.parse(JSON.parse(tokenCache));
      if (cache.expiresAt - 60_000 > now()) return { token: cache.accessToken, tokenCache };
      const answer = await token({ grant_type: "refresh_token", refresh_token: cache.refreshToken });
      return { token: answer.access_token, tokenCache: cacheOf(answer) };
    },
  };
}
