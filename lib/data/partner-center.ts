import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { jobs, organizations, partnerCenterConnections, partnerCenterCustomers, partnerCenterResellers, providerResellerRelationships, subscriptions, tenants, customers } from "@/lib/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { runJobsSoon } from "@/lib/jobs/runner";
import { sealSecret } from "@/lib/partner-center/sealed";
import { partnerCenterSetup } from "@/lib/partner-center/setup";
import type { ConnectedAccount } from "@/lib/partner-center/auth";
import { reconcileCustomers, reconcileResellers, type CustomerReconciliationRow, type ReconciliationRow } from "@/lib/rules/reconciliation";
import { refuse } from "@/lib/errors";
import type { Actor } from "./actor";
import { writeAudit, type AuditEntry } from "./audit";
import { can } from "@/lib/permissions";

/** The action's audit writer (same transaction), so the event is recorded beside the change. */
type Audit = (entry: AuditEntry) => Promise<void>;

export const SYNC_JOB = "partner-center.sync";
/** How long a sign-in to Partner Center may take before its state expires. */
const SIGN_IN_SECONDS = 15 * 60;

/** Who connects, disconnects and syncs: the permission table's "partner-center.manage", for the actor's own organization. */
export function mayManagePartnerCenter(actor: Actor): actor is Actor & { organizationId: string } {
  return actor.organizationId !== null && can(actor, "partner-center.manage");
}

export type PartnerCenterStatus =
  | { configured: false }
  | {
      configured: true;
      mode: "microsoft" | "simulator";
      connection: null | {
        account: string;
        status: "connected" | "reconnect-needed";
        connectedAt: Date;
        lastSyncedAt: Date | null;
        lastSyncError: string | null;
        syncWaiting: boolean;
        progress: { done: number; total: number } | null;
      };
    };

/** The connection as the provider's settings page shows it; no token ever leaves this function. */
export async function partnerCenterStatus(actor: Actor): Promise<PartnerCenterStatus> {
  const db = await getDb();
  const setup = partnerCenterSetup();
  if (!setup) return { configured: false };
  if (!actor.organizationId || actor.partnerType !== "indirect-provider") return { configured: true, mode: setup.mode, connection: null };
  const [row] = await db.select().from(partnerCenterConnections).where(eq(partnerCenterConnections.organizationId, actor.organizationId));
  if (!row) return { configured: true, mode: setup.mode, connection: null };
  const [job] = await db
    .select({ progressDone: jobs.progressDone, progressTotal: jobs.progressTotal })
    .from(jobs)
    .where(and(eq(jobs.kind, SYNC_JOB), eq(jobs.singletonKey, actor.organizationId), inArray(jobs.status, ["queued", "running"])));
  return {
    configured: true,
    mode: setup.mode,
    connection: {
      account: row.account,
      status: row.status,
      connectedAt: row.connectedAt,
      lastSyncedAt: row.lastSyncedAt,
      lastSyncError: row.lastSyncError,
      syncWaiting: Boolean(job),
      progress: job && job.progressDone !== null && job.progressTotal !== null ? { done: job.progressDone, total: job.progressTotal } : null,
    },
  };
}

function signState(payload: string, key: Buffer) {
  return createHmac("sha256", key).update(`partner-center-sign-in:${payload}`).digest("base64url");
}

/**
 * Where to send the admin to sign in to Partner Center. The `state` names the organization, the admin and an expiry,
 * signed with the server's key, so the answer can only complete a sign-in this admin started here.
 */
export async function partnerCenterSignInUrl(actor: Actor, redirectUri: string): Promise<string> {
  const setup = partnerCenterSetup();
  if (!setup) refuse("Partner Center is not configured on this server.");
  if (!mayManagePartnerCenter(actor)) refuse("Only an admin of an indirect provider can connect Partner Center.");
  const payload = [actor.organizationId, actor.userId, Date.now() + SIGN_IN_SECONDS * 1000, randomBytes(8).toString("base64url")].join(".");
  return setup.auth.signInUrl({ state: `${payload}.${signState(payload, setup.sealingKey)}`, redirectUri });
}

/** True when `state` came from `partnerCenterSignInUrl` for this admin and has not expired. */
export function signInStateIsValid(actor: Actor, state: string): boolean {
  const setup = partnerCenterSetup();
  if (!setup || !mayManagePartnerCenter(actor)) return false;
  const parts = state.split(".");
  if (parts.length !== 5) return false;
  const [organizationId, userId, expires, nonce, signature] = parts as [string, string, string, string, string];
  const expected = Buffer.from(signState([organizationId, userId, expires, nonce].join("."), setup.sealingKey));
  const given = Buffer.from(signature);
  return (
    given.length === expected.length &&
    timingSafeEqual(given, expected) &&
    organizationId === actor.organizationId &&
    userId === actor.userId &&
    Number(expires) > Date.now()
  );
}

/** Keeps the account an admin connected (its tokens sealed), and asks for a first sync. */
export async function saveConnection(tx: Tx, actor: Actor, account: ConnectedAccount, audit: Audit) {
  const setup = partnerCenterSetup();
  if (!setup) refuse("Partner Center is not configured on this server.");
  if (!mayManagePartnerCenter(actor)) refuse("Only an admin of an indirect provider can connect Partner Center.");
  const values = {
    account: account.account,
    partnerTenantId: account.partnerTenantId,
    encryptedTokenCache: sealSecret(account.tokenCache, setup.sealingKey),
    status: "connected" as const,
    connectedBy: actor.userId,
    lastSyncError: null,
  };
  await tx
    .insert(partnerCenterConnections)
    .values({ organizationId: actor.organizationId, ...values })
    .onConflictDoUpdate({ target: partnerCenterConnections.organizationId, set: { ...values, connectedAt: new Date() } });
  await audit({
    action: "partner-center.connected",
    entityType: "organization",
    entityId: actor.organizationId,
    after: { account: account.account, partnerTenantId: account.partnerTenantId },
  });
  await enqueueJob(tx, { kind: SYNC_JOB, payload: { organizationId: actor.organizationId }, organizationId: actor.organizationId, singletonKey: actor.organizationId });
}

/**
 * Finishes the sign-in an admin started with `partnerCenterSignInUrl`: checks the state, redeems the code with
 * Microsoft (or the simulator) outside any transaction, then keeps the account in one transaction with its audit event.
 */
export async function completePartnerCenterSignIn(actor: Actor, input: { code: string; state: string; redirectUri: string }) {
  const setup = partnerCenterSetup();
  if (!setup) refuse("Partner Center is not configured on this server.");
  if (!signInStateIsValid(actor, input.state)) refuse("This Partner Center sign-in was not started here, or it took too long. Start again.");
  const account = await setup.auth.redeemCode({ code: input.code, redirectUri: input.redirectUri });
  const db = await getDb();
  await db.transaction((tx) => saveConnection(tx, actor, account, (entry) => writeAudit(tx, actor, entry)));
  runJobsSoon();
  return { account: account.account };
}

/** Forgets the tokens (what the syncs recorded stays, as history). */
export async function disconnectPartnerCenter(tx: Tx, actor: Actor, audit: Audit) {
  if (!mayManagePartnerCenter(actor)) refuse("Only an admin of an indirect provider can disconnect Partner Center.");
  const removed = await tx
    .delete(partnerCenterConnections)
    .where(eq(partnerCenterConnections.organizationId, actor.organizationId))
    .returning({ account: partnerCenterConnections.account });
  if (removed.length === 0) refuse("Partner Center is not connected.");
  await audit({ action: "partner-center.disconnected", entityType: "organization", entityId: actor.organizationId, before: { account: removed[0]!.account } });
}

/** Queues a sync now (one at a time per organization: asking again while one waits changes nothing). */
export async function requestPartnerCenterSync(tx: Tx, actor: Actor, audit: Audit) {
  if (!mayManagePartnerCenter(actor)) refuse("Only an admin of an indirect provider can sync with Partner Center.");
  const [connection] = await tx
    .select({ status: partnerCenterConnections.status })
    .from(partnerCenterConnections)
    .where(eq(partnerCenterConnections.organizationId, actor.organizationId));
  if (!connection) refuse("Connect Partner Center first.");
  if (connection.status === "reconnect-needed") refuse("Partner Center no longer accepts this connection: reconnect the account first.");
  const job = await enqueueJob(tx, { kind: SYNC_JOB, payload: { organizationId: actor.organizationId }, organizationId: actor.organizationId, singletonKey: actor.organizationId });
  await audit({ action: "partner-center.sync-requested", entityType: "organization", entityId: actor.organizationId, after: { jobId: job.id } });
  return job;
}

export type Reconciliation = { syncedAt: Date | null; rows: ReconciliationRow[]; customers: CustomerReconciliationRow[] } | null;

/** This provider's resellers here against Partner Center's last sync; null when never synced. */
export async function partnerCenterReconciliation(actor: Actor): Promise<Reconciliation> {
  const db = await getDb();
  if (actor.partnerType !== "indirect-provider" || !actor.organizationId) return null;
  const [connection] = await db
    .select({ lastSyncedAt: partnerCenterConnections.lastSyncedAt })
    .from(partnerCenterConnections)
    .where(eq(partnerCenterConnections.organizationId, actor.organizationId));
  const remote = await db
    .select()
    .from(partnerCenterResellers)
    .where(and(eq(partnerCenterResellers.organizationId, actor.organizationId), isNull(partnerCenterResellers.goneAt)))
    .orderBy(asc(partnerCenterResellers.name));
  if (!connection?.lastSyncedAt && remote.length === 0) return null;
  const local = await db
    .select({
      partnerId: organizations.partnerId,
      name: organizations.legalName,
      status: providerResellerRelationships.status,
      mpaAcceptedOn: organizations.mpaAcceptedOn,
    })
    .from(providerResellerRelationships)
    .innerJoin(organizations, eq(organizations.id, providerResellerRelationships.resellerId))
    .where(and(eq(providerResellerRelationships.providerId, actor.organizationId), ne(providerResellerRelationships.status, "terminated")));
  // This app's link between a customer and a reseller: the reseller of record on the provider's subscriptions.
  const sold = await db
    .selectDistinct({ tenantId: tenants.tenantId, name: customers.name, partnerId: organizations.partnerId })
    .from(subscriptions)
    .innerJoin(tenants, eq(tenants.id, subscriptions.tenantId))
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .leftJoin(organizations, eq(organizations.id, subscriptions.resellerOfRecordId))
    .where(eq(subscriptions.billingPartnerId, actor.organizationId));
  const localCustomers = new Map<string, { tenantId: string; name: string; resellerPartnerIds: string[] }>();
  for (const row of sold) {
    const entry = localCustomers.get(row.tenantId) ?? { tenantId: row.tenantId, name: row.name, resellerPartnerIds: [] };
    if (row.partnerId && !entry.resellerPartnerIds.includes(row.partnerId)) entry.resellerPartnerIds.push(row.partnerId);
    localCustomers.set(row.tenantId, entry);
  }
  const remoteCustomers = await db
    .select()
    .from(partnerCenterCustomers)
    .where(and(eq(partnerCenterCustomers.organizationId, actor.organizationId), isNull(partnerCenterCustomers.goneAt)));
  return {
    syncedAt: connection?.lastSyncedAt ?? null,
    rows: reconcileResellers(local, remote.map((r) => ({ partnerId: r.partnerId, name: r.name, state: r.relationshipState, mpaSigned: r.mpaSigned, mpaCode: r.mpaCode }))),
    customers: reconcileCustomers(
      [...localCustomers.values()],
      remoteCustomers.map((c) => ({ tenantId: c.customerTenantId, name: c.companyName, resellerPartnerIds: c.resellerPartnerIds })),
    ),
  };
}
