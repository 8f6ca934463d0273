import "server-only";
import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { configuredTransport, type MailTransport } from "./transport";

/** Attempts before a message is marked failed; the wait doubles each time (30 s, 1 min, 2 min, … capped at 1 h). */
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 30;
const MAX_RETRY_SECONDS = 3600;
/** How long a deliverer holds the messages it claimed; after that another may take them (it crashed). */
const CLAIM_SECONDS = 120;
const BATCH = 20;

/**
 * Claims due messages in one statement (`FOR UPDATE SKIP LOCKED`), so concurrent deliverers — in this process or on
 * other app servers — never take the same row; each attempt is counted before sending.
 */
async function claimDue(limit: number) {
  const db = await getDb();
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        isNull(emailOutbox.sentAt),
        isNull(emailOutbox.failedAt),
        lte(emailOutbox.nextAttemptAt, sql`now()`),
        or(isNull(emailOutbox.claimedUntil), lte(emailOutbox.claimedUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({ claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`, attempts: sql`${emailOutbox.attempts} + 1` })
    .where(sql`${emailOutbox.id} in ${due}`)
    .returning({ id: emailOutbox.id, to: emailOutbox.recipient, subject: emailOutbox.subject, text: emailOutbox.text, attempts: emailOutbox.attempts });
}

async function markSent(id: string) {
  const db = await getDb();
  await db.update(emailOutbox).set({ sentAt: sql`now()`, claimedUntil: null, lastError: null }).where(eq(emailOutbox.id, id));
}

async function markFailedAttempt(id: string, attempts: number, error: unknown) {
  const db = await getDb();
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const wait = Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (attempts - 1));
  await db
    .update(emailOutbox)
    .set(
      attempts >= MAX_ATTEMPTS
        ? { failedAt: sql`now()`, claimedUntil: null, lastError: message }
        : { nextAttemptAt: sql`now() + make_interval(secs => ${wait})`, claimedUntil: null, lastError: message },
    )
    .where(eq(emailOutbox.id, id));
}

/** Sends what is due; returns how many were sent and how many failed this round. */
export async function deliverDueEmails(transport: MailTransport = configuredTransport(), limit = BATCH) {
  const claimed = await claimDue(limit);
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await transport({ id: message.id, to: message.to, subject: message.subject, text: message.text });
      await markSent(message.id);
      sent++;
    } catch (error) {
      await markFailedAttempt(message.id, message.attempts, error);
      failed++;
    }
  }
  return { sent, failed };
}

const holder = globalThis as unknown as { __cspMailDrain?: Promise<unknown>; __cspMailTimer?: ReturnType<typeof setInterval> };

/**
 * Delivers after a commit without making the request wait for the mail server. Several calls at once share one run;
 * anything it misses (or that fails) is picked up by the periodic drain.
 */
export function deliverSoon(): void {
  // Tests deliver explicitly, to their own SMTP server; a background drain would race them.
  if (process.env.NODE_ENV === "test") return;
  startPeriodicDelivery();
  holder.__cspMailDrain ??= deliverDueEmails()
    .catch((error: unknown) => console.error("Email delivery failed:", error))
    .finally(() => {
      holder.__cspMailDrain = undefined;
    });
}

/**
 * Drains the outbox every few seconds, for retries and for messages queued by another app server. Started by the
 * first change or signed-in page a server handles (not at import, so `next build` never opens the database).
 */
export function startPeriodicDelivery(everyMs = 5_000): void {
  if (holder.__cspMailTimer) return;
  holder.__cspMailTimer = setInterval(deliverSoon, everyMs);
  holder.__cspMailTimer.unref?.();
}
