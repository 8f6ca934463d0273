import "server-only";
import { env } from "@/lib/env";
import type { PartnerCenterAuth } from "./auth";
import { msalAuth } from "./msal-auth";
import { tokenSealingKey } from "./sealed";
import { simulatorAuth } from "./simulator-auth";

/** How this server reaches Partner Center, or null when it is not configured (the connector's screens say so). */
export type PartnerCenterSetup = {
  baseUrl: string;
  auth: PartnerCenterAuth;
  sealingKey: Buffer;
  /** "simulator" only for a loopback PARTNER_CENTER_URL without an Entra ID app registration. */
  mode: "microsoft" | "simulator";
};

const holder = globalThis as unknown as { __cspPartnerCenterSetup?: PartnerCenterSetup | null };

export function partnerCenterSetup(): PartnerCenterSetup | null {
  if (holder.__cspPartnerCenterSetup !== undefined) return holder.__cspPartnerCenterSetup;
  const config = env();
  const sealingKey = tokenSealingKey(config);
  if (!config.PARTNER_CENTER_URL || !sealingKey) return null;
  const baseUrl = config.PARTNER_CENTER_URL.replace(/\/+$/, "");
  if (config.PARTNER_CENTER_CLIENT_ID && config.PARTNER_CENTER_CLIENT_SECRET) {
    return { baseUrl, sealingKey, mode: "microsoft", auth: msalAuth({ clientId: config.PARTNER_CENTER_CLIENT_ID, clientSecret: config.PARTNER_CENTER_CLIENT_SECRET }) };
  }
  const host = new URL(baseUrl).hostname;
  if (host === "127.0.0.1" || host === "localhost") return { baseUrl, sealingKey, mode: "simulator", auth: simulatorAuth(baseUrl) };
  return null;
}

/** For tests: talk to a simulator they started (or to nothing, with null). */
export function setPartnerCenterSetupForTests(setup: PartnerCenterSetup | null | undefined): void {
  holder.__cspPartnerCenterSetup = setup;
}
