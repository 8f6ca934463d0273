import "server-only";
import { count, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, jobs, organizations } from "@/lib/db/schema";
import { can } from "@/lib/permissions";
import type { Actor } from "./actor";

export const FAILED_SHOWN = 100;

/**
 * Emails the deliverer gave up on after its retries, newest failure first, with how many there are in all, for
 * program support. The message body is left out: it may carry a single-use link meant only for its recipient.
 */
export async function listFailedEmails(actor: Actor) {
  if (!can(actor, "support.view")) return null;
  const db = await getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        kind: emailOutbox.kind,
        recipient: emailOutbox.recipient,
        subject: emailOutbox.subject,
        attempts: emailOutbox.attempts,
        lastError: emailOutbox.lastError,
        createdAt: emailOutbox.createdAt,
        failedAt: emailOutbox.failedAt,
      })
      .from(emailOutbox)
      .where(isNotNull(emailOutbox.failedAt))
      .orderBy(desc(emailOutbox.failedAt), desc(emailOutbox.id))
      .limit(FAILED_SHOWN),
    db.select({ n: count() }).from(emailOutbox).where(isNotNull(emailOutbox.failedAt)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Background jobs (lib/jobs) that failed after their retries, newest first, with the organization they were for. */
export async function listFailedJobs(actor: Actor) {
  if (!can(actor, "support.view")) return null;
  const db = await getDb();
  const failed = eq(jobs.status, "failed");
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: jobs.id,
        kind: jobs.kind,
        organizationId: jobs.organizationId,
        organizationName: organizations.legalName,
        attempts: jobs.attempts,
        lastError: jobs.lastError,
        createdAt: jobs.createdAt,
        finishedAt: jobs.finishedAt,
      })
      .from(jobs)
      .leftJoin(organizations, eq(organizations.id, jobs.organizationId))
      .where(failed)
      .orderBy(desc(jobs.finishedAt), desc(jobs.id))
      .limit(FAILED_SHOWN),
    db.select({ n: count() }).from(jobs).where(failed),
  ]);
  return { rows, total: total?.n ?? 0 };
}
