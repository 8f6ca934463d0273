import "server-only";
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { partnerCenterConnections, partnerCenterCustomers, partnerCenterResellers } from "@/lib/db/schema";
import type { JobContext } from "@/lib/jobs/types";
import { enqueueJob } from "@/lib/jobs/queue";
import { partnerCenterChanged, partnerCenterReconnect } from "@/lib/notifications/events";
import { ReconnectNeeded } from "@/lib/partner-center/auth";
import { createPartnerCenterClient, PartnerCenterError, type AgreementStatusAnswer } from "@/lib/partner-center/client";
import { openSecret, sealSecret } from "@/lib/partner-center/sealed";
import { partnerCenterSetup } from "@/lib/partner-center/setup";
import { writeAudit } from "./audit";

type SyncPayload = { organizationId: string };
type ResellerSnapshot = { partnerId: string; tenantId: string; name: string; country: string | null; state: string | null; mpa: AgreementStatusAnswer };
export type SyncChange = { partnerId: string; name: string; change: "appeared" | "gone" | "state" | "mpa"; before?: unknown; after?: unknown };

/** A change the sync makes is recorded as the organization's own system event (no person did it). */
const system = (organizationId: string) => ({ userId: null, organizationId });

/**
 * Pulls a provider's resellers (with each one's MPA status) and customers (with their linked resellers) from Partner
 * Center, records what changed since the last sync (audited, and told to the provider's admins), and never deletes:
 * a reseller that disappears is marked gone. Partner Center being busy or down leaves the last result in place and
 * the job is retried with backoff; credentials it refuses ask an admin to reconnect.
 */
export async function syncPartnerCenter(payload: SyncPayload, context: Pick<JobContext, "reportProgress">) {
  const setup = partnerCenterSetup();
  if (!setup) throw new Error("Partner Center is not configured on this server.");
  const db = await getDb();
  const { organizationId } = payload;
  const [connection] = await db.select().from(partnerCenterConnections).where(eq(partnerCenterConnections.organizationId, organizationId));
  if (!connection || connection.status === "reconnect-needed") return { skipped: connection ? "reconnect-needed" : "not-connected" };

  try {
    const session = await setup.auth.accessToken(openSecret(connection.encryptedTokenCache, setup.sealingKey));
    await db
      .update(partnerCenterConnections)
      .set({ encryptedTokenCache: sealSecret(session.tokenCache, setup.sealingKey), lastSyncStartedAt: sql`now()` })
      .where(eq(partnerCenterConnections.organizationId, organizationId));
    const client = createPartnerCenterClient({ baseUrl: setup.baseUrl, getAccessToken: async () => session.token });

    const relationships = await client.indirectResellers();
    const total = relationships.length + 1;
    await context.reportProgress(0, total);
    const resellers: ResellerSnapshot[] = [];
    for (const relationship of relationships) {
      const mpa = await client.agreementStatus({ mpnId: relationship.mpnId });
      resellers.push({ partnerId: relationship.mpnId, tenantId: relationship.id, name: relationship.name, country: relationship.location ?? null, state: relationship.state ?? null, mpa });
      await context.reportProgress(resellers.length, total);
    }
    const customers: { tenantId: string; name: string; domain: string; resellerPartnerIds: string[] }[] = [];
    for await (const page of client.customers()) {
      for (const customer of page) {
        const linked = await client.customerRelationships(customer.id);
        customers.push({ tenantId: customer.companyProfile.tenantId, name: customer.companyProfile.companyName, domain: customer.companyProfile.domain, resellerPartnerIds: linked.map((r) => r.mpnId) });
      }
    }
    const changes = await db.transaction((tx) => recordSync(tx, organizationId, resellers, customers));
    await context.reportProgress(total, total);
    return { resellers: resellers.length, customers: customers.length, changes: changes.length };
  } catch (error) {
    if (error instanceof ReconnectNeeded || (error instanceof PartnerCenterError && error.status === 401)) {
      await db.transaction(async (tx) => {
        await tx
          .update(partnerCenterConnections)
          .set({ status: "reconnect-needed", lastSyncError: "Partner Center no longer accepts this connection: an admin must reconnect the account." })
          .where(eq(partnerCenterConnections.organizationId, organizationId));
        await writeAudit(tx, system(organizationId), { action: "partner-center.reconnect-needed", entityType: "organization", entityId: organizationId });
        await partnerCenterReconnect(tx, { organizationId });
      });
      return { reconnectNeeded: true };
    }
    const message = error instanceof PartnerCenterError ? error.message : "The sync with Partner Center failed.";
    await db.update(partnerCenterConnections).set({ lastSyncError: message }).where(eq(partnerCenterConnections.organizationId, organizationId));
    throw error; // the queue retries with backoff
  }
}

async function recordSync(
  tx: Tx,
  organizationId: string,
  resellers: ResellerSnapshot[],
  customers: { tenantId: string; name: string; domain: string; resellerPartnerIds: string[] }[],
): Promise<SyncChange[]> {
  const before = new Map(
    (await tx.select().from(partnerCenterResellers).where(and(eq(partnerCenterResellers.organizationId, organizationId), isNull(partnerCenterResellers.goneAt)))).map((r) => [r.partnerId, r]),
  );
  const changes: SyncChange[] = [];
  for (const reseller of resellers) {
    const mpaSigned = reseller.mpa.signed;
    const mpaCode = reseller.mpa.signed ? null : reseller.mpa.code;
    const previous = before.get(reseller.partnerId);
    if (!previous) changes.push({ partnerId: reseller.partnerId, name: reseller.name, change: "appeared", after: { state: reseller.state, mpaSigned } });
    else {
      if (previous.relationshipState !== reseller.state) changes.push({ partnerId: reseller.partnerId, name: reseller.name, change: "state", before: previous.relationshipState, after: reseller.state });
      if (previous.mpaSigned !== mpaSigned) changes.push({ partnerId: reseller.partnerId, name: reseller.name, change: "mpa", before: previous.mpaSigned, after: mpaSigned });
    }
    const values = { resellerTenantId: reseller.tenantId, name: reseller.name, country: reseller.country, relationshipState: reseller.state, mpaSigned, mpaCode, checkedAt: new Date(), goneAt: null };
    await tx
      .insert(partnerCenterResellers)
      .values({ organizationId, partnerId: reseller.partnerId, ...values })
      .onConflictDoUpdate({ target: [partnerCenterResellers.organizationId, partnerCenterResellers.partnerId], set: values });
  }
  const seen = resellers.map((r) => r.partnerId);
  const gone = await tx
    .update(partnerCenterResellers)
    .set({ goneAt: sql`now()` })
    .where(
      and(
        eq(partnerCenterResellers.organizationId, organizationId),
        isNull(partnerCenterResellers.goneAt),
        ...(seen.length ? [notInArray(partnerCenterResellers.partnerId, seen)] : []),
      ),
    )
    .returning({ partnerId: partnerCenterResellers.partnerId, name: partnerCenterResellers.name });
  for (const row of gone) changes.push({ partnerId: row.partnerId, name: row.name, change: "gone" });

  for (const customer of customers) {
    const values = { companyName: customer.name, domain: customer.domain, resellerPartnerIds: customer.resellerPartnerIds, checkedAt: new Date(), goneAt: null };
    await tx
      .insert(partnerCenterCustomers)
      .values({ organizationId, customerTenantId: customer.tenantId, ...values })
      .onConflictDoUpdate({ target: [partnerCenterCustomers.organizationId, partnerCenterCustomers.customerTenantId], set: values });
  }
  const customerIds = customers.map((c) => c.tenantId);
  await tx
    .update(partnerCenterCustomers)
    .set({ goneAt: sql`now()` })
    .where(
      and(
        eq(partnerCenterCustomers.organizationId, organizationId),
        isNull(partnerCenterCustomers.goneAt),
        ...(customerIds.length ? [notInArray(partnerCenterCustomers.customerTenantId, customerIds)] : []),
      ),
    );

  await tx
    .update(partnerCenterConnections)
    .set({ lastSyncedAt: sql`now()`, lastSyncError: null })
    .where(eq(partnerCenterConnections.organizationId, organizationId));
  await writeAudit(tx, system(organizationId), {
    action: "partner-center.synced",
    entityType: "organization",
    entityId: organizationId,
    after: { resellers: resellers.length, customers: customers.length, changes: changes.slice(0, 50) },
  });
  await partnerCenterChanged(tx, { organizationId, changes });
  return changes;
}

export const SYNC_ALL_JOB = "partner-center.sync-all";

/** The schedule: every connected provider gets a sync (one waiting per organization at most). */
export async function queueScheduledSyncs() {
  const db = await getDb();
  const connected = await db
    .select({ organizationId: partnerCenterConnections.organizationId })
    .from(partnerCenterConnections)
    .where(eq(partnerCenterConnections.status, "connected"));
  await db.transaction(async (tx) => {
    for (const { organizationId } of connected) {
      await enqueueJob(tx, { kind: "partner-center.sync", payload: { organizationId }, organizationId, singletonKey: organizationId });
    }
  });
  return { queued: connected.length };
}
