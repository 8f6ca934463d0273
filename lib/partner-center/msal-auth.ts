import { ConfidentialClientApplication, InteractionRequiredAuthError } from "@azure/msal-node";
import { ReconnectNeeded, type PartnerCenterAuth } from "./auth";

/** Partner Center's App+User scope; MSAL adds offline_access so a refresh token is issued. */
const SCOPES = ["https://api.partnercenter.microsoft.com/user_impersonation"];

/**
 * Microsoft Entra ID through MSAL (the kept library): authorization-code flow for the admin's one-time sign-in, then
 * `acquireTokenSilent` from the serialized token cache, which this app stores sealed (./sealed.ts). Partner Center
 * requires MFA for App+User sign-ins; Entra ID enforces it during the sign-in.
 */
export function msalAuth(config: { clientId: string; clientSecret: string; authority?: string }): PartnerCenterAuth {
  const application = (tokenCache?: string) => {
    const app = new ConfidentialClientApplication({
      auth: {
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        authority: config.authority ?? "https://login.microsoftonline.com/organizations",
      },
    });
    if (tokenCache) app.getTokenCache().deserialize(tokenCache);
    return app;
  };

  return {
    signInUrl({ state, redirectUri }) {
      return application().getAuthCodeUrl({ scopes: SCOPES, redirectUri, state, prompt: "select_account" });
    },
    async redeemCode({ code, redirectUri }) {
      const app = application();
      const result = await app.acquireTokenByCode({ code, scopes: SCOPES, redirectUri });
      if (!result.account) throw new Error("Microsoft did not say which account signed in.");
      return { account: result.account.username, partnerTenantId: result.account.tenantId, tokenCache: app.getTokenCache().serialize() };
    },
    async accessToken(tokenCache) {
      const app = application(tokenCache);
      const [account] = await app.getTokenCache().getAllAccounts();
      if (!account) throw new ReconnectNeeded();
      try {
        const result = await app.acquireTokenSilent({ account, scopes: SCOPES });
        return { token: result.accessToken, tokenCache: app.getTokenCache().serialize() };
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) throw new ReconnectNeeded();
        throw error;
      }
    },
  };
}
