import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { apiTokens, users } from "@/lib/db/schema";
import { displayPrefixOf, hashApiTokenSecret, newApiTokenSecret } from "@/lib/auth/api-token-secret";
import { can } from "@/lib/permissions";
import { refuse, refuseNotFound } from "@/lib/errors";
import type { CreateApiTokenInput } from "@/lib/validation/api-tokens";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";

/** The organization whose tokens the actor manages: a partner admin's own, never through a token. */
function managedOrganization(actor: Actor): string {
  if (!can(actor, "api-token.manage") || !actor.organizationId || actor.apiToken) refuse("Only an organization's admins manage its API tokens.");
  return actor.organizationId;
}

/** Makes a token; the secret comes back this once and only its SHA-256 is stored. */
export async function createApiToken(tx: Tx, actor: Actor, input: CreateApiTokenInput) {
  const organizationId = managedOrganization(actor);
  const secret = newApiTokenSecret();
  const [row] = await tx
    .insert(apiTokens)
    .values({
      organizationId,
      name: input.name,
      tokenHash: hashApiTokenSecret(secret),
      prefix: displayPrefixOf(secret),
      scopes: input.scopes,
      createdByUserId: actor.userId,
      expiresAt: sql`now() + make_interval(days => ${input.expiresInDays})`,
    })
    .returning({ id: apiTokens.id, name: apiTokens.name, scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt, prefix: apiTokens.prefix });
  await writeAudit(tx, actor, {
    action: "api-token.created",
    entityType: "api-token",
    entityId: row!.id,
    after: { name: row!.name, scopes: row!.scopes, expiresAt: row!.expiresAt, prefix: row!.prefix },
  });
  return { ...row!, secret };
}

export type ApiTokenState = "active" | "expired" | "revoked";

/** The organization's tokens, newest first, with their last use; never a secret or its hash. */
export async function listApiTokens(actor: Actor) {
  if (!can(actor, "api-token.manage") || !actor.organizationId || actor.apiToken) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      createdByName: users.name,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdByUserId))
    .where(eq(apiTokens.organizationId, actor.organizationId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(200);
  const now = Date.now();
  return rows.map((row) => ({
    ...row,
    state: (row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now ? "expired" : "active") as ApiTokenState,
  }));
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Revokes one of the organization's tokens at once; another organization's id answers like a missing one. */
export async function revokeApiToken(tx: Tx, actor: Actor, tokenId: string) {
  const organizationId = managedOrganization(actor);
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.organizationId, organizationId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  if (!row) {
    const [own] = await tx.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.id, tokenId), eq(apiTokens.organizationId, organizationId)));
    if (!own) refuseNotFound();
    refuse("This token is already revoked.");
  }
  await writeAudit(tx, actor, { action: "api-token.revoked", entityType: "api-token", entityId: row.id, after: { name: row.name } });
  return row;
}

/**
 * Records one API call in the caller's transaction: its audit event (with the token's name) and the token's last use.
 * Calls refused by the rate limit are not recorded (a flood would flood the log too).
 */
export async function recordApiCall(tx: Tx, actor: Actor, call: { method: string; path: string; status: number }) {
  if (!actor.apiToken) throw new Error("recordApiCall is for token actors.");
  await tx.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, actor.apiToken.id));
  await writeAudit(tx, actor, {
    action: "api.request",
    entityType: "api-token",
    entityId: actor.apiToken.id,
    after: { token: actor.apiToken.name, method: call.method, path: call.path, status: call.status },
  });
}
