import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import {
  complianceFindings,
  complianceScans,
  customers,
  organizations,
  providerResellerRelationships as relationships,
  relationshipStatusChanges,
  subscriptions,
} from "@/lib/db/schema";
import { runComplianceScan } from "./compliance-scan-run";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

async function scan(organizationId: string | null, options?: Parameters<typeof runComplianceScan>[3]) {
  const [row] = await database.db.insert(complianceScans).values({ organizationId }).returning({ id: complianceScans.id });
  const progress: [number, number][] = [];
  const outcome = await runComplianceScan(database.db, row!.id, async (done, total) => void progress.push([done, total]), options);
  const findings = await database.db
    .select({ customer: customers.name, startsOn: complianceFindings.startsOn, ruleId: complianceFindings.ruleId })
    .from(complianceFindings)
    .innerJoin(customers, eq(customers.id, complianceFindings.customerId))
    .where(eq(complianceFindings.scanId, row!.id))
    .orderBy(asc(customers.name), asc(complianceFindings.ruleId));
  return { id: row!.id, outcome, progress, findings: findings.map((f) => `${f.customer} ${f.startsOn} ${f.ruleId}`) };
}

const humongousBeforeItsMpa = [
  "Consolidated Messenger 2021-06-10 MPA-BEFORE-ASSOCIATION",
  "Consolidated Messenger 2021-06-10 MPA-BEFORE-NEW-BUSINESS",
  "Consolidated Messenger 2021-06-10 MPA-REQUIRED",
  "Consolidated Messenger 2021-06-10 PROVIDER-RESELLER-ACTIVE",
  "Consolidated Messenger 2021-06-10 RESELLER-READINESS",
];
const woodgroveWithoutMpa = ["Tasmanian Traders 2024-12-01 DIRECT-BILL-REQUIREMENTS", "Tasmanian Traders 2024-12-01 MPA-REQUIRED"];
const prosewareWhileSuspended = ["VanArsdel Ltd. 2025-11-03 PROVIDER-RESELLER-ACTIVE"];

describe("the compliance scan on the demo data", () => {
  it("finds exactly the subscriptions that broke a rule on their date, for program support (everything)", async () => {
    const all = await scan(null);
    expect(all.findings).toEqual([...humongousBeforeItsMpa, ...woodgroveWithoutMpa, ...prosewareWhileSuspended]);
    expect(all.outcome).toMatchObject({ subscriptionsChecked: 13, findings: 8, newCount: null, fixedCount: null });
    expect(all.progress).toEqual([[0, 13], [13, 13]]);
  });

  it("finds the same when the failing subscriptions come back in several pieces (ranges of pairs)", async () => {
    const all = await scan(null, { failingPerStatement: 1 });
    expect(all.findings).toEqual([...humongousBeforeItsMpa, ...woodgroveWithoutMpa, ...prosewareWhileSuspended]);
    expect(all.outcome).toMatchObject({ subscriptionsChecked: 13, findings: 8 });
    // One progress step per piece, each further on, ending at every subscription.
    expect(all.progress.length).toBeGreaterThan(2);
    expect(all.progress.map(([done]) => done)).toEqual([...all.progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(all.progress.at(-1)).toEqual([13, 13]);
  });

  it("covers what an indirect provider bills and a direct-bill partner's own sales", async () => {
    expect((await scan(await orgId(database, "contoso"))).findings).toEqual(prosewareWhileSuspended);
    expect((await scan(await orgId(database, "fabrikam"))).findings).toEqual(humongousBeforeItsMpa);
    expect((await scan(await orgId(database, "woodgrove"))).findings).toEqual(woodgroveWithoutMpa);
    expect((await scan(await orgId(database, "blueyonder"))).findings).toEqual([]);
  });

  it("explains each finding with that day's facts and says what to do now", async () => {
    const fabrikam = await scan(await orgId(database, "fabrikam"));
    const [row] = await database.db
      .select({ explanation: complianceFindings.explanation, remedy: complianceFindings.remedy, version: complianceFindings.rulesVersion })
      .from(complianceFindings)
      .where(and(eq(complianceFindings.scanId, fabrikam.id), eq(complianceFindings.ruleId, "MPA-BEFORE-ASSOCIATION")));
    expect(row!.explanation).toBe(
      "The reseller accepts the MPA only on 2021-07-10, after 2021-06-10, so the provider may not record its Partner ID on a new subscription on 2021-06-10.",
    );
    expect(row!.remedy).toContain("Correct the partner of record in Partner Center: Humongous IT Services LLC is ready since 2021-07-10");
    // The rules version in force that day, with its source, so the verdict can be reproduced.
    expect(row!.version).toMatch(/^2020-\d{2}-\d{2} \(.+, \d{4}-\d{2}-\d{2}\)$/);
  });

  it("compares a new result with the last one of the same scope, and keeps only the last findings", async () => {
    const woodgrove = await orgId(database, "woodgrove");
    const first = await scan(woodgrove);
    expect(first.outcome).toMatchObject({ newCount: 0, fixedCount: 0 });
    // Woodgrove's MPA turns out to have been accepted in 2020: the MPA finding is fixed, nothing new appears.
    await database.db.update(organizations).set({ mpaAcceptedOn: "2020-01-05", mpaSignerName: "Wei Chen", mpaSignerEmail: "wei@woodgrove-direct.example" }).where(eq(organizations.id, woodgrove));
    const second = await scan(woodgrove);
    expect(second.findings).toEqual(["Tasmanian Traders 2024-12-01 DIRECT-BILL-REQUIREMENTS"]);
    expect(second.outcome).toMatchObject({ newCount: 0, fixedCount: 1 });
    const kept = await database.db.selectDistinct({ scanId: complianceFindings.scanId }).from(complianceFindings).innerJoin(complianceScans, eq(complianceScans.id, complianceFindings.scanId)).where(eq(complianceScans.organizationId, woodgrove));
    expect(kept).toEqual([{ scanId: second.id }]);
  });

  it("reads the relationship's state on the day from its history, which every status change writes", async () => {
    const [proseware] = await database.db.select({ id: relationships.id }).from(relationships).where(eq(relationships.resellerId, await orgId(database, "proseware")));
    const history = await database.db
      .select({ status: relationshipStatusChanges.status, on: relationshipStatusChanges.changedAt })
      .from(relationshipStatusChanges)
      .where(eq(relationshipStatusChanges.relationshipId, proseware!.id))
      .orderBy(asc(relationshipStatusChanges.changedAt), asc(relationshipStatusChanges.id));
    expect(history.map((h) => `${h.status} ${h.on.toISOString().slice(0, 10)}`)).toEqual(["invited 2020-09-15", "active 2020-09-15", "suspended 2025-10-01"]);
    await database.db.update(relationships).set({ status: "active" }).where(eq(relationships.id, proseware!.id));
    const [latest] = await database.db.select({ status: relationshipStatusChanges.status }).from(relationshipStatusChanges).where(eq(relationshipStatusChanges.relationshipId, proseware!.id)).orderBy(asc(relationshipStatusChanges.id)).limit(1).offset(3);
    expect(latest).toEqual({ status: "active" });
    // Reactivated today: the subscription of 2025-11-03 was still made while suspended.
    expect((await scan(await orgId(database, "contoso"))).findings).toEqual(prosewareWhileSuspended);
  });

  it("keeps a finding's scan and subscription: none of an unknown one is stored, and deleting one deletes its findings", async () => {
    const { id: scanId } = await scan(await orgId(database, "fabrikam"));
    const [stored] = await database.db.select().from(complianceFindings).where(eq(complianceFindings.scanId, scanId)).limit(1);
    const unknown = "00000000-0000-4000-8000-000000000001";
    const copy = { ...stored!, ruleId: "COPY" };
    await expect(database.db.insert(complianceFindings).values({ ...copy, subscriptionId: unknown })).rejects.toThrow();
    await expect(database.db.insert(complianceFindings).values({ ...copy, scanId: unknown })).rejects.toThrow();
    await expect(database.db.update(complianceFindings).set({ subscriptionId: unknown }).where(eq(complianceFindings.scanId, scanId))).rejects.toThrow();
    await database.db.insert(complianceFindings).values(copy);
    const count = async () => (await database.db.select().from(complianceFindings).where(eq(complianceFindings.scanId, scanId))).length;
    expect(await count()).toBe(humongousBeforeItsMpa.length + 1);
    // The subscription goes (inside a transaction rolled back, so the demo data stays): its findings go with it.
    let leftAfterDelete = -1;
    await expect(
      database.db.transaction(async (tx) => {
        await tx.delete(subscriptions).where(eq(subscriptions.id, stored!.subscriptionId));
        leftAfterDelete = (await tx.select().from(complianceFindings).where(eq(complianceFindings.subscriptionId, stored!.subscriptionId))).length;
        tx.rollback();
      }),
    ).rejects.toThrow(/rollback/i);
    expect(leftAfterDelete).toBe(0);
    expect(await count()).toBe(humongousBeforeItsMpa.length + 1);
    await database.db.delete(complianceScans).where(eq(complianceScans.id, scanId));
    expect(await count()).toBe(0);
  });

  it("allows one running scan per scope", async () => {
    const contoso = await orgId(database, "contoso");
    await database.db.insert(complianceScans).values({ organizationId: contoso });
    await expect(database.db.insert(complianceScans).values({ organizationId: contoso })).rejects.toThrow();
    await database.db.insert(complianceScans).values({ organizationId: null });
    await expect(database.db.insert(complianceScans).values({ organizationId: null })).rejects.toThrow();
  });
});
