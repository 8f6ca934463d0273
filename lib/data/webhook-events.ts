import "server-only";
import { and, arrayContains, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { organizations, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import type { WebhookEventKind } from "@/lib/webhooks/event-kinds";
import { newMessageId } from "@/lib/webhooks/signing";

export const WEBHOOK_DELIVER_JOB = "webhook.deliver";

/**
 * Tells the webhook endpoints of the organizations concerned (both sides when two are involved) that something
 * happened: one delivery per enabled endpoint subscribed to the kind, each with its first attempt queued as a job, all
 * in the transaction of the change, so a change that rolls back sends nothing. `data` is built only when some
 * endpoint listens. The body follows Standard Webhooks: `{ type, timestamp, data }`.
 */
export async function emitWebhookEvent(
  tx: Tx,
  event: { organizationIds: (string | null | undefined)[]; kind: WebhookEventKind; data: () => Promise<Record<string, unknown>> | Record<string, unknown> },
): Promise<number> {
  const organizationIds = [...new Set(event.organizationIds.filter((id): id is string => Boolean(id)))];
  if (organizationIds.length === 0) return 0;
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, organizationId: webhookEndpoints.organizationId })
    .from(webhookEndpoints)
    .where(and(inArray(webhookEndpoints.organizationId, organizationIds), eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.eventKinds, [event.kind])));
  if (endpoints.length === 0) return 0;
  const body = JSON.stringify({ type: event.kind, timestamp: new Date().toISOString(), data: await event.data() });
  const messageId = newMessageId();
  const rows = await tx
    .insert(webhookDeliveries)
    .values(endpoints.map((endpoint) => ({ endpointId: endpoint.id, organizationId: endpoint.organizationId, messageId, kind: event.kind, body })))
    .returning({ id: webhookDeliveries.id, organizationId: webhookDeliveries.organizationId });
  for (const row of rows) await queueAttempt(tx, row);
  return rows.length;
}

/** Queues the next attempt of a delivery (now, or at `runAt`). */
export function queueAttempt(tx: Tx, delivery: { id: string; organizationId: string }, runAt?: Date) {
  return enqueueJob(tx, { kind: WEBHOOK_DELIVER_JOB, payload: { deliveryId: delivery.id }, organizationId: delivery.organizationId, runAt, maxAttempts: 3 });
}

type OrganizationRef = { id: string; name: string; partnerId: string | null };

/** The organizations an event names, as receivers read them (id, legal name, Partner ID). */
async function refsOf(tx: Tx, ids: string[]): Promise<Map<string, OrganizationRef>> {
  const rows = await tx
    .select({ id: organizations.id, name: organizations.legalName, partnerId: organizations.partnerId })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

async function pair(tx: Tx, providerId: string, resellerId: string) {
  const refs = await refsOf(tx, [providerId, resellerId]);
  return { provider: refs.get(providerId) ?? { id: providerId }, reseller: refs.get(resellerId) ?? { id: resellerId } };
}

/** The events, one function each, called beside the audit event and notification of the same change. */

export function webhookInvitationAnswered(tx: Tx, input: { invitationId: string; providerId: string; resellerId: string; accepted: boolean; relationshipId?: string }) {
  return emitWebhookEvent(tx, {
    organizationIds: [input.providerId, input.resellerId],
    kind: input.accepted ? "invitation.accepted" : "invitation.declined",
    data: async () => ({ invitationId: input.invitationId, ...(input.relationshipId ? { relationshipId: input.relationshipId } : {}), ...(await pair(tx, input.providerId, input.resellerId)) }),
  });
}

export function webhookRelationshipChanged(tx: Tx, input: { relationshipId: string; providerId: string; resellerId: string; status: "active" | "terminated" }) {
  return emitWebhookEvent(tx, {
    organizationIds: [input.providerId, input.resellerId],
    kind: input.status === "active" ? "relationship.activated" : "relationship.terminated",
    data: async () => ({ relationshipId: input.relationshipId, status: input.status, ...(await pair(tx, input.providerId, input.resellerId)) }),
  });
}

export function webhookMpaSigned(tx: Tx, input: { resellerId: string; providerIds: string[]; acceptedOn: string }) {
  return emitWebhookEvent(tx, {
    organizationIds: [input.resellerId, ...input.providerIds],
    kind: "mpa.signed",
    data: async () => ({ reseller: (await refsOf(tx, [input.resellerId])).get(input.resellerId), acceptedOn: input.acceptedOn }),
  });
}

export function webhookOnboardingVerified(tx: Tx, input: { organizationId: string; onboardedAt: Date | null }) {
  return emitWebhookEvent(tx, {
    organizationIds: [input.organizationId],
    kind: "onboarding.verified",
    data: async () => ({ organization: (await refsOf(tx, [input.organizationId])).get(input.organizationId), onboardedAt: input.onboardedAt?.toISOString() ?? null }),
  });
}

export function webhookTerminationRequested(tx: Tx, input: { requestId: string; relationshipId: string; providerId: string; resellerId: string; requestedBy: "provider" | "reseller"; reason: string }) {
  return emitWebhookEvent(tx, {
    organizationIds: [input.providerId, input.resellerId],
    kind: "termination.requested",
    data: async () => ({ requestId: input.requestId, relationshipId: input.relationshipId, requestedBy: input.requestedBy, reason: input.reason, ...(await pair(tx, input.providerId, input.resellerId)) }),
  });
}

export function webhookTerminationDecided(tx: Tx, input: { requestId: string; relationshipId: string; providerId: string; resellerId: string; approved: boolean; note: string }) {
  return emitWebhookEvent(tx, {
    organizationIds: [input.providerId, input.resellerId],
    kind: "termination.decided",
    data: async () => ({
      requestId: input.requestId,
      relationshipId: input.relationshipId,
      decision: input.approved ? "approved" : "rejected",
      note: input.note || null,
      ...(await pair(tx, input.providerId, input.resellerId)),
    }),
  });
}

export function webhookComplianceScanFinished(
  tx: Tx,
  input: { scanId: string; organizationId: string | null; subscriptionsChecked: number; findings: number; newCount: number | null; fixedCount: number | null },
) {
  return emitWebhookEvent(tx, {
    organizationIds: [input.organizationId],
    kind: "compliance-scan.finished",
    data: () => ({ scanId: input.scanId, subscriptionsChecked: input.subscriptionsChecked, findings: input.findings, newFindings: input.newCount, fixedFindings: input.fixedCount }),
  });
}
