import { randomBytes } from "node:crypto";
import { partnerCenterConnections } from "@/lib/db/schema";
import { sealSecret } from "@/lib/partner-center/sealed";
import { setPartnerCenterSetupForTests } from "@/lib/partner-center/setup";
import { simulatorAuth } from "@/lib/partner-center/simulator-auth";
import { fromTable, routeCells, type MatrixEntry } from "../matrix-types";
import type { World } from "../world";

/** Partner Center connection (app/(app)/settings/partner-center): only an indirect provider's admins, each for its own. */
const file = "app/(app)/settings/partner-center/actions.ts";
const sealingKey = randomBytes(32);

// The matrix talks to no Partner Center: signing in only builds a URL, and syncs are only queued.
setPartnerCenterSetupForTests({ baseUrl: "http://127.0.0.1:9", auth: simulatorAuth("http://127.0.0.1:9"), sealingKey, mode: "simulator" });

/** Contoso is connected (a set-up row, put back after the cell); Fabrikam is not. */
async function contosoConnected(world: World) {
  await world.database.db
    .insert(partnerCenterConnections)
    .values({ organizationId: world.organization("contoso"), account: "admin@contoso.example", partnerTenantId: "t", encryptedTokenCache: sealSecret("{}", sealingKey) })
    .onConflictDoNothing();
  return {};
}

export const partnerCenterEntries: Record<string, MatrixEntry> = {
  [`${file}#startPartnerCenterSignIn`]: {
    kind: "action",
    input: () => ({}),
    expect: fromTable("partner-center.manage", { allowed: "read" }),
  },
  [`${file}#syncNow`]: {
    kind: "action",
    input: contosoConnected,
    expect: fromTable("partner-center.manage", { except: { "other-provider-admin": { refused: "Connect Partner Center first" } } }),
  },
  [`${file}#syncNowForm`]: {
    kind: "action",
    input: contosoConnected,
    expect: fromTable("partner-center.manage", { except: { "other-provider-admin": { refused: "Connect Partner Center first" } } }),
  },
  [`${file}#disconnect`]: {
    kind: "action",
    input: contosoConnected,
    expect: fromTable("partner-center.manage", { except: { "other-provider-admin": { refused: "Partner Center is not connected" } } }),
  },
  [`${file}#disconnectForm`]: {
    kind: "action",
    input: contosoConnected,
    expect: fromTable("partner-center.manage", { except: { "other-provider-admin": { refused: "Partner Center is not connected" } } }),
  },
  // Every answer is a redirect: to sign-in for callers without a session, otherwise back to the settings page with the
  // outcome (a state this caller did not start is refused there, and nothing is written).
  "app/api/partner-center/callback/route.ts#GET": {
    kind: "route",
    request: () => new Request("http://localhost/api/partner-center/callback?code=stolen&state=a.b.c.d.e"),
    expect: routeCells({ anonymous: { status: 303 } }, { status: 303 }),
  },
};
