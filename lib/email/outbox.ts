import "server-only";
import type { Tx } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";

export type OutgoingEmail = {
  /** What the message is about ("verify-email", "invitation", ...), kept for support and tests. */
  kind: string;
  to: string;
  subject: string;
  text: string;
};

/**
 * Queues a message in the transaction of the change it announces: if the change rolls back, no message goes out;
 * if it commits, the deliverer sends it (after commit, with retries). Never send mail directly from a change.
 */
export async function queueEmail(tx: Tx, message: OutgoingEmail): Promise<void> {
  await tx.insert(emailOutbox).values({ kind: message.kind, recipient: message.to, subject: message.subject, text: message.text });
}
