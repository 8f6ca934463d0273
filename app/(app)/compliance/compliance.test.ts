import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents } from "@/lib/db/schema";
import { getActor } from "@/lib/data/actor";
import { findingsForReseller, scanResultOf, scanStateOf } from "@/lib/data/compliance-scan";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs as runAllDueJobs } from "@/lib/jobs/runner";
import { startScan } from "./actions";
import { GET } from "./export/route";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

/** The app's job handlers, without the recurring jobs of other features. */
const runDueJobs = () => runAllDueJobs({ handlers: jobHandlers, recurring: [] });

const fabrikamRules = ["MPA-BEFORE-ASSOCIATION", "MPA-BEFORE-NEW-BUSINESS", "MPA-REQUIRED", "PROVIDER-RESELLER-ACTIVE", "RESELLER-READINESS"];

describe("running the compliance scan from the page", () => {
  it("queues one job per scope, shows its result, a reseller's findings and the CSV", async () => {
    await signInAs(database, "frank@fabrikam-cloud.example");
    const first = await startScan({});
    expect(first).toMatchObject({ ok: true, data: { alreadyRunning: false } });
    // A second click while it runs joins the same scan.
    const second = await startScan({});
    expect(second).toMatchObject({ ok: true, data: { alreadyRunning: true, scanId: first.ok ? first.data.scanId : "" } });
    const actor = (await getActor())!;
    expect((await scanStateOf(actor))!.progress).toEqual({ done: 0, total: 0, failed: null });

    expect(await runDueJobs()).toEqual({ done: 1, failed: 0 });
    const result = (await scanResultOf(actor, {}))!;
    expect(result.last).toMatchObject({ subscriptionsChecked: 3, findingsCount: 5, newCount: null, fixedCount: null });
    expect(result.byRule.map((row) => [row.ruleId, row.findings])).toEqual(fabrikamRules.map((rule) => [rule, 1]));
    expect(result.findings.map((row) => [row.customerName, row.resellerName, row.startsOn])).toEqual(fabrikamRules.map(() => ["Consolidated Messenger", "Humongous IT Services LLC", "2021-06-10"]));
    expect((await scanResultOf(actor, { rule: "MPA-REQUIRED" }))!.total).toBe(1);

    expect((await findingsForReseller(actor, await orgId(database, "humongous")))!.rows).toHaveLength(5);
    // Another provider's reseller: nothing, as for a reseller Fabrikam never worked with.
    expect((await findingsForReseller(actor, await orgId(database, "litware")))!.rows).toEqual([]);

    const response = await GET(new Request("http://localhost/compliance/export?rule=RESELLER-READINESS"));
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^"[0-9a-f-]{36}","Microsoft 365 Business Standard","Consolidated Messenger","US","Fabrikam Cloud Distribution Inc.","Humongous IT Services LLC","5200008","2021-06-10","RESELLER-READINESS",/);

    const events = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityType, "compliance-scan"));
    expect(events.map((event) => event.action)).toEqual(["compliance-scan.started", "compliance-scan.joined"]);
  });

  it("a new scan is compared with the last one", async () => {
    await signInAs(database, "frank@fabrikam-cloud.example");
    await startScan({});
    await runDueJobs();
    const result = (await scanResultOf((await getActor())!, {}))!;
    expect(result.last).toMatchObject({ findingsCount: 5, newCount: 0, fixedCount: 0 });
  });

  it("an indirect reseller has no scan of its own; its findings are in its providers' scans", async () => {
    await signInAs(database, "lea@litware.example");
    expect(await scanStateOf((await getActor())!)).toBeNull();
    expect(await startScan({})).toMatchObject({ ok: false });
    expect((await GET(new Request("http://localhost/compliance/export"))).status).toBe(404);
  });
});
