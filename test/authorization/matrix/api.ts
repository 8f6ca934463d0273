import { randomUUID } from "node:crypto";
import { apiTokens, users } from "@/lib/db/schema";
import { displayPrefixOf, hashApiTokenSecret, newApiTokenSecret } from "@/lib/auth/api-token-secret";
import { eq } from "drizzle-orm";
import { apiFromTable, everyone, fromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import type { World } from "../world";
import { freshCustomer, freshInvitation, withField } from "./setup";

/**
 * The partner API (issue 17): every route for every token caller (one per scope, another organization's, expired,
 * revoked) and every session caller (no token: 401), derived from the permission table intersected with the token's
 * scopes; and the token-management actions of Settings → API tokens.
 */
const url = (path: string) => `http://localhost${path}`;
const json = (path: string, method: string, body: unknown) => new Request(url(path), { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const ok = { status: 200 } as const;
const notFound = { status: 404 } as const;

/** A fresh, valid token of Contoso's (made by its admin), for the revoke cells. */
async function contosoToken(world: World) {
  const secret = newApiTokenSecret();
  const [maker] = await world.database.db.select({ id: users.id }).from(users).where(eq(users.email, "anna@contoso-distribution.example"));
  const [row] = await world.database.db
    .insert(apiTokens)
    .values({
      organizationId: world.organization("contoso"),
      name: "Matrix revocable",
      tokenHash: hashApiTokenSecret(secret),
      prefix: displayPrefixOf(secret),
      scopes: ["resellers:read"],
      createdByUserId: maker!.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning({ id: apiTokens.id });
  return row!.id;
}

const tokensFile = "app/(app)/settings/api-tokens/actions.ts";

export const apiEntries: Record<string, MatrixEntry> = {
  ...withFormTwin(tokensFile, "createApiToken", {
    kind: "action",
    input: () => ({ name: "Matrix token", scopes: "resellers:read", expiresInDays: "30" }),
    expect: fromTable("api-token.manage"),
  }),
  ...withFormTwin(tokensFile, "revokeApiToken", {
    kind: "action",
    input: async (world) => ({ tokenId: await contosoToken(world) }),
    withMissingRecord: withField("tokenId"),
    // Contoso's token: every other organization's admin finds nothing, as for a missing id.
    expect: fromTable("api-token.manage", { outside: "not-found", except: { "reseller-admin": "not-found", "direct-bill-admin": "not-found" } }),
  }),

  "app/api/v1/openapi.json/route.ts#GET": { kind: "route", request: () => new Request(url("/api/v1/openapi.json")), expect: everyone(ok) },
  "app/api/v1/resellers/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/resellers?status=all&limit=5")),
    // Another provider's token lists its own resellers.
    expect: apiFromTable("reseller.view", { allowed: ok }),
  },
  "app/api/v1/resellers/[id]/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/resellers/litware")),
    params: (world) => ({ id: world.organization("litware") }),
    expect: apiFromTable("reseller.view", { allowed: ok, outside: notFound }),
  },
  "app/api/v1/resellers/[id]/subscriptions/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/resellers/litware/subscriptions")),
    params: (world) => ({ id: world.organization("litware") }),
    expect: apiFromTable("reseller.view", { allowed: ok, outside: notFound }),
  },
  "app/api/v1/invitations/route.ts#POST": {
    kind: "route",
    request: () => json("/api/v1/invitations", "POST", { email: `api-invitee-${randomUUID().slice(0, 8)}@example.com` }),
    // Another provider's token invites for its own organization.
    expect: apiFromTable("reseller.invite", { allowed: { status: 201 } }),
  },
  "app/api/v1/invitations/[id]/route.ts#DELETE": {
    kind: "route",
    request: () => new Request(url("/api/v1/invitations/x"), { method: "DELETE" }),
    params: async (world) => ({ id: (await freshInvitation(world, "contoso", { email: "api-revoke@example.com" })).id }),
    expect: apiFromTable("reseller.invite", { allowed: ok, outside: notFound }),
  },
  "app/api/v1/mpa/verify/route.ts#POST": {
    kind: "route",
    request: () => json("/api/v1/mpa/verify", "POST", { partnerIds: ["5200004", "5200003", "not-an-id"] }),
    expect: apiFromTable("reseller.verify-mpa", { allowed: ok }),
  },
  "app/api/v1/customers/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/customers?limit=5")),
    expect: apiFromTable("customer.view", { allowed: ok }),
  },
  "app/api/v1/customers/[id]/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/customers/x")),
    // A customer Litware brought: another reseller's token finds nothing.
    params: async (world) => ({ id: (await freshCustomer(world, "FR", world.organization("litware"))).customerId }),
    expect: apiFromTable("customer.view", { allowed: ok, outside: notFound }),
  },
  "app/api/v1/audit-events/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/audit-events?limit=5")),
    expect: apiFromTable("audit-log.read", { allowed: ok }),
  },
  "app/api/v1/compliance/findings/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/compliance/findings?limit=5")),
    expect: apiFromTable("compliance.scan", { allowed: ok }),
  },
  "app/api/v1/notifications/route.ts#GET": {
    kind: "route",
    request: () => new Request(url("/api/v1/notifications?limit=5")),
    expect: apiFromTable("notifications.manage", { allowed: ok }),
  },
};
