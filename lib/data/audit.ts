import "server-only";
import type { Tx } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  /** Organizations whose history shows this event (the actor's own is added). */
  subjects?: (string | null | undefined)[];
  before?: unknown;
  after?: unknown;
};

/** How many events each open transaction has recorded, so `defineAction` can tell a changing action that wrote none. */
const eventsIn = new WeakMap<Tx, number>();

export function auditEventsWritten(tx: Tx): number {
  return eventsIn.get(tx) ?? 0;
}

/**
 * Writes one audit event inside the caller's transaction, so the change and its record commit or fail together. The
 * data function that changes a row calls it (through a helper per event kind when several paths make that change).
 */
export async function writeAudit(
  tx: Tx,
  actor: { userId: string | null; organizationId: string | null; apiToken?: { name: string } },
  entry: AuditEntry,
) {
  eventsIn.set(tx, auditEventsWritten(tx) + 1);
  const subjects = new Set<string>();
  for (const id of [actor.organizationId, ...(entry.subjects ?? [])]) if (id) subjects.add(id);
  await tx.insert(auditEvents).values({
    actorUserId: actor.userId,
    actorOrganizationId: actor.organizationId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    subjectOrganizationIds: [...subjects],
    before: entry.before ?? null,
    after: entry.after ?? null,
    apiTokenName: actor.apiToken?.name ?? null,
  });
}
