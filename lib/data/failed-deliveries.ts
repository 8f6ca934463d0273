import "server-only";
import { count, desc, isNotNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import type { Actor } from "./actor";

export const FAILED_SHOWN = 100;

/**
 * Emails the deliverer gave up on after its retries, newest failure first, with how many there are in all, for
 * program support. The message body is left out: it may carry a single-use link meant only for its recipient.
 */
export async function listFailedEmails(actor: Actor) {
  if (actor.role !== "support") return null;
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
