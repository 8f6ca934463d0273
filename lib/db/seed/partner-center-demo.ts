import { eq } from "drizzle-orm";
import type { OpenDatabase } from "@/lib/db/open";
import * as t from "@/lib/db/schema";
import type { Env } from "@/lib/env";
import { sealSecret, tokenSealingKey } from "@/lib/partner-center/sealed";
import { DEMO_PROVIDER_TOKEN, demoTenants } from "@/lib/partner-center/simulator-data";

/**
 * With the Partner Center simulator configured (a loopback PARTNER_CENTER_URL, no Entra ID app), the demo provider
 * (Contoso) starts connected with the simulator's demo token and a first sync queued, so its reconciliation page has
 * something to show. Never for Microsoft's Partner Center. Returns whether it connected anything.
 */
export async function connectDemoProviderToSimulator({ db }: OpenDatabase, config: Env): Promise<boolean> {
  if (!config.PARTNER_CENTER_URL || config.PARTNER_CENTER_CLIENT_ID) return false;
  const host = new URL(config.PARTNER_CENTER_URL).hostname;
  const key = tokenSealingKey(config);
  if ((host !== "127.0.0.1" && host !== "localhost") || !key) return false;
  const [contoso] = await db.select({ id: t.organizations.id }).from(t.organizations).where(eq(t.organizations.partnerId, "4100001"));
  if (!contoso) return false;
  const tokenCache = JSON.stringify({ accessToken: DEMO_PROVIDER_TOKEN, refreshToken: "simulator-demo", expiresAt: Date.parse("2100-01-01") });
  const inserted = await db
    .insert(t.partnerCenterConnections)
    .values({ organizationId: contoso.id, account: "admin@4100001.partner.example", partnerTenantId: demoTenants.contoso, encryptedTokenCache: sealSecret(tokenCache, key) })
    .onConflictDoNothing()
    .returning({ id: t.partnerCenterConnections.organizationId });
  if (inserted.length === 0) return false;
  await db.insert(t.jobs).values({ kind: "partner-center.sync", payload: { organizationId: contoso.id }, organizationId: contoso.id, singletonKey: contoso.id }).onConflictDoNothing();
  return true;
}
