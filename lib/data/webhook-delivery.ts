import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { JobHandler } from "@/lib/jobs/types";
import { currentTargetPolicy } from "@/lib/webhooks/current-policy";
import { nextAttemptAt } from "@/lib/webhooks/retry-schedule";
import { RESPONSE_KEPT_CHARS, sendWebhook } from "@/lib/webhooks/send";
import { openWebhookSecret, signatureHeaders } from "@/lib/webhooks/signing";
import type { TargetPolicy } from "@/lib/webhooks/target-policy";
import { queueAttempt } from "./webhook-events";

/** How long one attempt may take, connection to last byte kept. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

type AttemptOptions = { policy?: TargetPolicy; timeoutMs?: number };

/**
 * Makes one attempt of a delivery: signs the stored body now (fresh timestamp), checks where the host resolves now,
 * POSTs it and records the answer. A 2xx succeeds; anything else (another status, a redirect, no answer in time) is
 * retried on the schedule of lib/webhooks/retry-schedule.ts until 24 hours after the delivery started, then failed. A
 * target the policy refuses, or a disabled endpoint, fails at once. The record and the next attempt's job are written
 * together, and only if the delivery is still as this attempt found it.
 */
export async function attemptWebhookDelivery(db: Db, deliveryId: string, options: AttemptOptions = {}) {
  const [row] = await db
    .select({
      id: webhookDeliveries.id,
      organizationId: webhookDeliveries.organizationId,
      messageId: webhookDeliveries.messageId,
      body: webhookDeliveries.body,
      attempts: webhookDeliveries.attempts,
      windowStartedAt: webhookDeliveries.windowStartedAt,
      url: webhookEndpoints.url,
      sealedSecret: webhookEndpoints.sealedSecret,
      enabled: webhookEndpoints.enabled,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "pending")));
  if (!row) return { skipped: "The delivery has ended or its endpoint was deleted." };
  const stillAsFound = and(eq(webhookDeliveries.id, row.id), eq(webhookDeliveries.status, "pending"), eq(webhookDeliveries.attempts, row.attempts));

  const failNow = async (lastError: string) => {
    await db.update(webhookDeliveries).set({ status: "failed", finishedAt: new Date(), nextAttemptAt: null, lastError }).where(stillAsFound);
    return { status: "failed" };
  };
  if (!row.enabled) return failNow("The endpoint was disabled before this delivery was made.");
  const secret = readSecret(row.sealedSecret);
  // Sealed under another AUTH_SECRET: no attempt could ever be signed; the admin rotates the secret.
  if (!secret) return failNow("The signing secret can no longer be read (was AUTH_SECRET changed?). Rotate the endpoint's secret.");

  const sentAt = new Date();
  const headers = signatureHeaders(secret, row.messageId, sentAt, row.body);
  const outcome = await sendWebhook({ url: row.url, body: row.body, headers, timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS, policy: options.policy ?? currentTargetPolicy() });
  const attempts = row.attempts + 1;
  const answered = outcome.kind === "answered";
  const succeeded = answered && outcome.status >= 200 && outcome.status < 300;
  const record = {
    attempts,
    lastAttemptAt: sentAt,
    durationMs: outcome.durationMs,
    responseStatus: answered ? outcome.status : null,
    responseBody: answered ? outcome.body.slice(0, RESPONSE_KEPT_CHARS) : null,
    lastError: succeeded ? null : answered ? `The endpoint answered ${outcome.status}.` : outcome.error,
  };
  const next = succeeded || (!answered && outcome.refused) ? null : nextAttemptAt(row.windowStartedAt, attempts, new Date());

  return db.transaction(async (tx) => {
    const status = succeeded ? "succeeded" : next ? "pending" : "failed";
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({ ...record, status, nextAttemptAt: next, finishedAt: status === "pending" ? null : new Date() })
      .where(stillAsFound)
      .returning({ id: webhookDeliveries.id });
    // Another runner recorded this attempt already (this one was presumed dead): nothing more to do.
    if (!updated) return { skipped: "Recorded by another attempt." };
    if (next) await queueAttempt(tx, row, next);
    return { status, responseStatus: record.responseStatus, attempts };
  });
}

function readSecret(sealed: string): string | null {
  try {
    return openWebhookSecret(sealed, env().AUTH_SECRET);
  } catch {
    return null;
  }
}

/** The job queue's handler for "webhook.deliver": one attempt per job. */
export const deliverWebhookJob: JobHandler = async (payload: { deliveryId?: unknown }) => {
  if (typeof payload?.deliveryId !== "string") throw new Error("A webhook delivery job needs the delivery's id.");
  return attemptWebhookDelivery(await getDb(), payload.deliveryId);
};
