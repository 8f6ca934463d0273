import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, jobs, notifications, organizations, partnerCenterConnections, partnerCenterResellers } from "@/lib/db/schema";
import { runDueJobs } from "@/lib/jobs/runner";
import { setPartnerCenterSetupForTests } from "@/lib/partner-center/setup";
import { simulatorAuth } from "@/lib/partner-center/simulator-auth";
import { startPartnerCenterSimulator, type PartnerCenterSimulator } from "@/lib/partner-center/simulator";
import { demoSimulatorData, demoTenants } from "@/lib/partner-center/simulator-data";
import { disconnect, startPartnerCenterSignIn, syncNow } from "@/app/(app)/settings/partner-center/actions";
import { GET as callback } from "@/app/api/partner-center/callback/route";
import { partnerCenterReconciliation, partnerCenterStatus } from "./partner-center";
import { getActor } from "./actor";
import { describeMpaCheck } from "@/lib/rules";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let simulator: PartnerCenterSimulator;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  simulator = await startPartnerCenterSimulator(demoSimulatorData());
  setPartnerCenterSetupForTests({ baseUrl: simulator.url, auth: simulatorAuth(simulator.url), sealingKey: randomBytes(32), mode: "simulator" });
});
afterAll(async () => {
  setPartnerCenterSetupForTests(undefined);
  await simulator.close();
  await database.drop();
});

const contosoId = async () => (await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, "4100001")))[0]!.id;

/** Signs in to the simulator the way a browser would: start, follow the sign-in redirect, land on the callback. */
async function connectAsAnna() {
  await signInAs(database, "anna@contoso-distribution.example");
  const started = await startPartnerCenterSignIn({});
  if (!started.ok) throw new Error(started.error);
  const signIn = await fetch(started.data.url, { redirect: "manual" });
  const back = new URL(signIn.headers.get("location")!);
  return callback(new Request(back.toString()));
}

const syncJobsFor = async (organizationId: string) =>
  database.db.select().from(jobs).where(and(eq(jobs.kind, "partner-center.sync"), eq(jobs.organizationId, organizationId)));
const runSyncs = () => runDueJobs({ recurring: [] });

describe("connecting a provider to Partner Center", () => {
  beforeEach(async () => {
    await database.db.delete(jobs);
  });

  it("refuses members and other partner types; a sign-in started by one admin cannot be completed by another", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await startPartnerCenterSignIn({})).toMatchObject({ ok: false, error: "You are not allowed to do this." });
    await signInAs(database, "lea@litware.example");
    expect(await startPartnerCenterSignIn({})).toMatchObject({ ok: false });

    await signInAs(database, "anna@contoso-distribution.example");
    const started = await startPartnerCenterSignIn({});
    if (!started.ok) throw new Error(started.error);
    const back = new URL((await fetch(started.data.url, { redirect: "manual" })).headers.get("location")!);
    await signInAs(database, "frank@fabrikam-cloud.example"); // another provider's admin replays Anna's answer
    const refused = await callback(new Request(back.toString()));
    expect(new URL(refused.headers.get("location")!).searchParams.get("error")).toContain("was not started here");
    expect(await database.db.select().from(partnerCenterConnections)).toHaveLength(0);
  });

  it("keeps the connection sealed, audits it, and syncs resellers, MPA status and customers", async () => {
    const landed = await connectAsAnna();
    expect(landed.status).toBe(303);
    expect(landed.headers.get("location")).toContain("/settings/partner-center?connected=1");
    const [connection] = await database.db.select().from(partnerCenterConnections);
    expect(connection!.encryptedTokenCache).toMatch(/^v1\./);
    expect(connection!.encryptedTokenCache).not.toContain("sim-rt-");
    const organizationId = await contosoId();
    expect(await syncJobsFor(organizationId)).toHaveLength(1);

    expect(await runSyncs()).toMatchObject({ done: 1, failed: 0 });
    const mirror = await database.db.select().from(partnerCenterResellers).where(eq(partnerCenterResellers.organizationId, organizationId));
    expect(mirror.map((r) => [r.partnerId, r.relationshipState, r.mpaSigned]).sort()).toEqual([
      ["5200003", "Active", true],
      ["5200004", "Active", true],
      ["5200005", "Inactive", true],
      ["5200050", "Active", true],
    ]);
    const actor = (await getActor())!;
    const status = await partnerCenterStatus(actor);
    expect(status).toMatchObject({ configured: true, connection: { status: "connected", lastSyncError: null } });
    const events = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, organizationId));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["partner-center.connected", "partner-center.synced"]));
    const told = await database.db.select().from(notifications).where(eq(notifications.kind, "partner-center.changed"));
    expect(told.length).toBeGreaterThan(0);
  });

  it("lists one reseller missing here, one stale here and one MPA mismatch for the demo provider", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const reconciliation = await partnerCenterReconciliation((await getActor())!);
    expect(reconciliation!.rows.map((r) => [r.kind, r.partnerId])).toEqual([
      ["missing-here", "5200050"],
      ["stale-here", "5200002"],
      ["mpa-differs", "5200003"],
    ]);
    // Wingtip's subscription names Proseware as reseller of record; Partner Center links Litware.
    expect(reconciliation!.customers.map((c) => [c.kind, c.name, c.here, c.partnerCenter])).toEqual([
      ["resellers-differ", "Wingtip Toys", "Resellers of record: 5200005", "Linked resellers: 5200004"],
    ]);
    await signInAs(database, "frank@fabrikam-cloud.example");
    expect(await partnerCenterReconciliation((await getActor())!)).toBeNull(); // another provider sees nothing of Contoso's
  });

  it("survives Partner Center throttling and outages: retried with backoff, last result kept, error shown", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    expect(await syncNow({})).toMatchObject({ ok: true });
    simulator.injectFault({ status: 429, count: 2, retryAfterSeconds: 0 });
    expect(await runSyncs()).toMatchObject({ done: 1, failed: 0 }); // the client waited as told and went on

    expect(await syncNow({})).toMatchObject({ ok: true });
    simulator.injectFault({ status: 503, count: 20, retryAfterSeconds: 0 });
    expect(await runSyncs()).toMatchObject({ done: 0, failed: 1 });
    const organizationId = await contosoId();
    const [waiting] = await syncJobsFor(organizationId).then((rows) => rows.filter((r) => r.status === "queued"));
    expect(waiting!.lastError).toContain("503");
    const status = await partnerCenterStatus((await getActor())!);
    expect(status).toMatchObject({ connection: { status: "connected", lastSyncError: expect.stringContaining("busy or unavailable") } });
    expect(await database.db.select().from(partnerCenterResellers).where(eq(partnerCenterResellers.organizationId, organizationId))).toHaveLength(4);

    await database.db.execute(sql`update jobs set run_at = now() where status = 'queued'`);
    // drain the remaining injected failures, then the retry succeeds
    while ((await runSyncs()).done === 0) await database.db.execute(sql`update jobs set run_at = now() where status = 'queued'`);
    expect(await partnerCenterStatus((await getActor())!)).toMatchObject({ connection: { lastSyncError: null } });
  });

  it("asks an admin to reconnect when Partner Center no longer accepts the connection", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    simulator.revokeSessions(demoTenants.contoso);
    // Force the cached access token to be refreshed (it would have expired), which now fails.
    await database.db.execute(sql`update partner_center_connections set last_sync_error = null`);
    expect(await syncNow({})).toMatchObject({ ok: true });
    const outcome = await runSyncs();
    const [last] = await database.db.select().from(jobs).orderBy(sql`created_at desc`).limit(1);
    expect({ outcome, lastError: last!.lastError }).toMatchObject({ outcome: { done: 1, failed: 0 } });
    expect(await partnerCenterStatus((await getActor())!)).toMatchObject({ connection: { status: "reconnect-needed" } });
    const told = await database.db.select().from(notifications).where(eq(notifications.kind, "partner-center.reconnect"));
    expect(told.length).toBeGreaterThan(0);
    expect(await syncNow({})).toMatchObject({ ok: false, error: expect.stringContaining("reconnect") });
  });

  it("disconnecting forgets the tokens and keeps what syncs recorded", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    expect(await disconnect({})).toMatchObject({ ok: true });
    expect(await database.db.select().from(partnerCenterConnections)).toHaveLength(0);
    expect(await database.db.select().from(partnerCenterResellers)).toHaveLength(4);
    expect(await disconnect({})).toMatchObject({ ok: false, error: "Partner Center is not connected." });
  });
});

describe("verify MPA answered by Partner Center", () => {
  it("asks Partner Center when connected and says so on each result; falls back to this app's records when it is down", async () => {
    const { verifyPartnerIds } = await import("@/app/(app)/resellers/actions");
    await database.db.delete(partnerCenterConnections);
    await connectAsAnna();
    const answered = await verifyPartnerIds({ lines: ["5200003", "1234567", "5200006"], firstLine: 1 });
    if (!answered.ok) throw new Error(answered.error);
    expect(answered.data.map((row) => (row.ok ? [row.status, describeMpaCheck(row.partnerId, row).code ?? null, row.source?.system] : null))).toEqual([
      ["mpa-accepted", null, "partner-center"], // this app has no MPA for Adventure Works; Partner Center has
      ["unknown-partner-id", 2200, "partner-center"],
      ["other-region", 2201, "partner-center"],
    ]);

    simulator.injectFault({ status: 503, count: 10, retryAfterSeconds: 0 });
    const local = await verifyPartnerIds({ lines: ["5200003"], firstLine: 1 });
    if (!local.ok) throw new Error(local.error);
    expect(local.data[0]).toMatchObject({ status: "mpa-not-accepted", source: { system: "this-app", partnerCenterFailed: { reason: expect.any(String) } } });
    await fetch(`${simulator.url}/_simulator/faults`, { method: "POST", body: JSON.stringify({ status: 503, count: 0 }) });
  });
});
