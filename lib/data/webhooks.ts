import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { organizations, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { refuse, refuseNotFound } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { currentTargetPolicy } from "@/lib/webhooks/current-policy";
import type { WebhookEventKind } from "@/lib/webhooks/event-kinds";
import { checkTarget, TargetRefused } from "@/lib/webhooks/send";
import { newWebhookSecret, sealWebhookSecret } from "@/lib/webhooks/signing";
import type { TargetPolicy } from "@/lib/webhooks/target-policy";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";
import { queueAttempt } from "./webhook-events";

/**
 * An organization's webhook endpoints, managed by its admins (`webhooks.manage`): every function scopes to the
 * actor's organization, and another organization's endpoint or delivery answers exactly like a missing one. Each
 * change writes its audit event (never the secret).
 */

export const DELIVERIES_PAGE_SIZE = 20;
/** Enough for every system of one organization; a bound so that one event cannot fan out without limit. */
export const MAX_ENDPOINTS = 20;

function ownOrganization(actor: Actor): string {
  if (!actor.organizationId || !can(actor, "webhooks.manage")) refuse("Only an admin of a partner organization manages its webhooks.");
  return actor.organizationId;
}

export type WebhookEndpointView = {
  id: string;
  url: string;
  eventKinds: WebhookEventKind[];
  enabled: boolean;
  createdAt: Date;
  secretRotatedAt: Date | null;
};

const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  eventKinds: webhookEndpoints.eventKinds,
  enabled: webhookEndpoints.enabled,
  createdAt: webhookEndpoints.createdAt,
  secretRotatedAt: webhookEndpoints.secretRotatedAt,
};

const asView = (row: { eventKinds: string[] } & Omit<WebhookEndpointView, "eventKinds">): WebhookEndpointView => ({ ...row, eventKinds: row.eventKinds as WebhookEventKind[] });

export async function listWebhookEndpoints(actor: Actor): Promise<WebhookEndpointView[]> {
  const organizationId = ownOrganization(actor);
  const db = await getDb();
  const rows = await db.select(endpointColumns).from(webhookEndpoints).where(eq(webhookEndpoints.organizationId, organizationId)).orderBy(desc(webhookEndpoints.createdAt));
  return rows.map(asView);
}

/** One of the actor's endpoints, locked for the change; another organization's id answers like a missing one. */
async function ownEndpoint(tx: Tx, actor: Actor, endpointId: string) {
  const organizationId = ownOrganization(actor);
  const [row] = await tx
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.organizationId, organizationId)))
    .for("update");
  if (!row) refuseNotFound();
  return asView(row);
}

/** Refuses, on the URL field, an address the policy forbids (lib/webhooks/target-policy.ts). */
async function refuseUnsafeTarget(url: string, policy: TargetPolicy) {
  try {
    await checkTarget(url, policy);
  } catch (error) {
    if (error instanceof TargetRefused) refuse(error.message, { url: [error.message] });
    throw error;
  }
}

/**
 * Registers an endpoint after checking its address (scheme, and where its host resolves now: no private, loopback or
 * link-local address outside development), at most MAX_ENDPOINTS per organization. Returns the secret, which is
 * shown this once. The policy is this server's unless given (tests pass their own).
 */
export async function createWebhookEndpoint(
  tx: Tx,
  actor: Actor,
  input: { url: string; eventKinds: WebhookEventKind[] },
  policy: TargetPolicy = currentTargetPolicy(),
) {
  const organizationId = ownOrganization(actor);
  // The organization's row lock makes two admins adding at once count one after the other.
  await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("update");
  const [existing] = await tx.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.organizationId, organizationId));
  if (Number(existing?.n ?? 0) >= MAX_ENDPOINTS) refuse(`Your organization has ${MAX_ENDPOINTS} endpoints, the most it can have. Delete one first.`);
  await refuseUnsafeTarget(input.url, policy);
  const secret = newWebhookSecret();
  const [row] = await tx
    .insert(webhookEndpoints)
    .values({ organizationId, url: input.url, eventKinds: input.eventKinds, sealedSecret: sealWebhookSecret(secret, env().AUTH_SECRET) })
    .returning({ id: webhookEndpoints.id });
  await writeAudit(tx, actor, { action: "webhook.endpoint-created", entityType: "webhook-endpoint", entityId: row!.id, after: { url: input.url, eventKinds: input.eventKinds } });
  return { id: row!.id, secret };
}

export async function updateWebhookEndpointKinds(tx: Tx, actor: Actor, input: { endpointId: string; eventKinds: WebhookEventKind[] }) {
  const endpoint = await ownEndpoint(tx, actor, input.endpointId);
  await tx.update(webhookEndpoints).set({ eventKinds: input.eventKinds, updatedAt: sql`now()` }).where(eq(webhookEndpoints.id, endpoint.id));
  await writeAudit(tx, actor, {
    action: "webhook.endpoint-kinds-changed",
    entityType: "webhook-endpoint",
    entityId: endpoint.id,
    before: { eventKinds: endpoint.eventKinds },
    after: { eventKinds: input.eventKinds },
  });
  return { id: endpoint.id };
}

/** Disabling stops new events and fails the attempts still waiting when they come up; enabling resumes new events. */
export async function setWebhookEndpointEnabled(tx: Tx, actor: Actor, input: { endpointId: string; enabled: boolean }) {
  const endpoint = await ownEndpoint(tx, actor, input.endpointId);
  if (endpoint.enabled === input.enabled) refuse(input.enabled ? "This endpoint is already enabled." : "This endpoint is already disabled.");
  await tx.update(webhookEndpoints).set({ enabled: input.enabled, updatedAt: sql`now()` }).where(eq(webhookEndpoints.id, endpoint.id));
  await writeAudit(tx, actor, {
    action: input.enabled ? "webhook.endpoint-enabled" : "webhook.endpoint-disabled",
    entityType: "webhook-endpoint",
    entityId: endpoint.id,
    before: { enabled: endpoint.enabled },
    after: { enabled: input.enabled },
  });
  return { id: endpoint.id, enabled: input.enabled };
}

/** Deletes the endpoint and its delivery log (attempts still queued find nothing and stop). */
export async function deleteWebhookEndpoint(tx: Tx, actor: Actor, input: { endpointId: string }) {
  const endpoint = await ownEndpoint(tx, actor, input.endpointId);
  await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
  await writeAudit(tx, actor, { action: "webhook.endpoint-deleted", entityType: "webhook-endpoint", entityId: endpoint.id, before: { url: endpoint.url, eventKinds: endpoint.eventKinds } });
  return { id: endpoint.id };
}

/** A new secret, shown once; every attempt from now on is signed with it (the old one stops at once). */
export async function rotateWebhookSecret(tx: Tx, actor: Actor, input: { endpointId: string }) {
  const endpoint = await ownEndpoint(tx, actor, input.endpointId);
  const secret = newWebhookSecret();
  await tx
    .update(webhookEndpoints)
    .set({ sealedSecret: sealWebhookSecret(secret, env().AUTH_SECRET), secretRotatedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(webhookEndpoints.id, endpoint.id));
  await writeAudit(tx, actor, { action: "webhook.secret-rotated", entityType: "webhook-endpoint", entityId: endpoint.id });
  return { id: endpoint.id, secret };
}

export type WebhookDeliveryView = {
  id: string;
  messageId: string;
  kind: string;
  status: "pending" | "succeeded" | "failed";
  attempts: number;
  responseStatus: number | null;
  responseBody: string | null;
  lastError: string | null;
  durationMs: number | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
};

/** One endpoint of the actor's organization with its delivery log, newest first, a page at a time; null if not theirs. */
export async function getWebhookEndpointWithDeliveries(actor: Actor, endpointId: string, page: number) {
  const organizationId = ownOrganization(actor);
  const db = await getDb();
  const [endpoint] = await db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.organizationId, organizationId)));
  if (!endpoint) return null;
  const ofEndpoint = eq(webhookDeliveries.endpointId, endpoint.id);
  const [[total], deliveries] = await Promise.all([
    db.select({ n: count() }).from(webhookDeliveries).where(ofEndpoint),
    db
      .select({
        id: webhookDeliveries.id,
        messageId: webhookDeliveries.messageId,
        kind: webhookDeliveries.kind,
        status: webhookDeliveries.status,
        attempts: webhookDeliveries.attempts,
        responseStatus: webhookDeliveries.responseStatus,
        responseBody: webhookDeliveries.responseBody,
        lastError: webhookDeliveries.lastError,
        durationMs: webhookDeliveries.durationMs,
        createdAt: webhookDeliveries.createdAt,
        lastAttemptAt: webhookDeliveries.lastAttemptAt,
        nextAttemptAt: webhookDeliveries.nextAttemptAt,
      })
      .from(webhookDeliveries)
      .where(ofEndpoint)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(DELIVERIES_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * DELIVERIES_PAGE_SIZE),
  ]);
  const n = Number(total?.n ?? 0);
  return { endpoint: asView(endpoint), deliveries: deliveries as WebhookDeliveryView[], total: n, pages: Math.max(1, Math.ceil(n / DELIVERIES_PAGE_SIZE)) };
}

/**
 * "Send again": a new delivery of the same message (same `webhook-id`, so a receiver that already has it can drop
 * it), with a fresh 24-hour window, its first attempt queued now. Only once the delivery has ended, and only to an
 * enabled endpoint.
 */
export async function resendWebhookDelivery(tx: Tx, actor: Actor, input: { deliveryId: string }) {
  const organizationId = ownOrganization(actor);
  const [delivery] = await tx
    .select({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId, messageId: webhookDeliveries.messageId, kind: webhookDeliveries.kind, body: webhookDeliveries.body, status: webhookDeliveries.status, enabled: webhookEndpoints.enabled })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.organizationId, organizationId)));
  if (!delivery) refuseNotFound();
  if (delivery.status === "pending") refuse("This delivery is still being attempted; wait for it to succeed or fail.");
  if (!delivery.enabled) refuse("Enable the endpoint before sending to it again.");
  const [copy] = await tx
    .insert(webhookDeliveries)
    .values({ endpointId: delivery.endpointId, organizationId, messageId: delivery.messageId, kind: delivery.kind, body: delivery.body })
    .returning({ id: webhookDeliveries.id, organizationId: webhookDeliveries.organizationId });
  await queueAttempt(tx, copy!);
  await writeAudit(tx, actor, { action: "webhook.delivery-resent", entityType: "webhook-delivery", entityId: copy!.id, after: { resentFrom: delivery.id, endpointId: delivery.endpointId, kind: delivery.kind } });
  return { id: copy!.id, endpointId: delivery.endpointId };
}
