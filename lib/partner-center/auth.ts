/** The connected organization's Partner Center session is over (refresh token revoked or expired): an admin reconnects. */
export class ReconnectNeeded extends Error {
  constructor(message = "Partner Center no longer accepts this connection; an admin must reconnect the account.") {
    super(message);
    this.name = "ReconnectNeeded";
  }
}

export type ConnectedAccount = { account: string; partnerTenantId: string; tokenCache: string };

/**
 * How this server gets App+User tokens for Partner Center: the authorization-code flow once (an admin signs in), then
 * access tokens refreshed silently from the kept token cache. Microsoft Entra ID through MSAL in production
 * (./msal-auth.ts); the simulator's own token endpoint in development and tests (./simulator-auth.ts).
 */
export interface PartnerCenterAuth {
  signInUrl(input: { state: string; redirectUri: string }): Promise<string>;
  redeemCode(input: { code: string; redirectUri: string }): Promise<ConnectedAccount>;
  /** A usable access token and the token cache to keep from now on (it changes when tokens are refreshed). */
  accessToken(tokenCache: string): Promise<{ token: string; tokenCache: string }>;
}
