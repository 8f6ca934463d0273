import { NOT_FOUND } from "@/lib/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, providerResellerRelationships as relationships, terminationRequests } from "@/lib/db/schema";
import { requestTermination } from "@/app/(app)/resellers/actions";
import { decideTermination } from "@/app/(app)/support/actions";
import { listDecidedTerminationRequests, listPendingTerminationRequests } from "./termination-requests";
import { listRelationshipsOfReseller } from "./relationships";
import { getActor } from "./actor";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

async function statusOf(providerKey: string, resellerKey: string) {
  const rows = await database.db
    .select({ status: relationships.status, terminatedAt: relationships.terminatedAt })
    .from(relationships)
    .where(and(eq(relationships.providerId, await orgId(database, providerKey)), eq(relationships.resellerId, await orgId(database, resellerKey))));
  return rows;
}

async function pendingIdFor(resellerName: string) {
  await signInAs(database, "sam@program-support.example");
  const pending = await listPendingTerminationRequests((await getActor())!);
  return pending.find((request) => request.resellerName === resellerName)?.id;
}

describe("requesting the end of a relationship", () => {
  it("only the provider's admin can file it, and only for its own reseller", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await requestTermination({ resellerId: await orgId(database, "litware"), reason: "x" })).toEqual({ ok: false, error: "You are not allowed to do this." });
    await signInAs(database, "frank@fabrikam-cloud.example");
    expect(await requestTermination({ resellerId: await orgId(database, "litware"), reason: "x" })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await statusOf("contoso", "litware")).toEqual([{ status: "active", terminatedAt: null }]);
  });

  it("needs a reason", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    expect(await requestTermination({ resellerId: await orgId(database, "litware"), reason: "  " })).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
  });

  it("marks the relationship termination-requested and queues it for support, audited", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const result = await requestTermination({ resellerId: await orgId(database, "northwind"), reason: "Northwind moves to another provider." });
    expect(result.ok).toBe(true);
    expect(await statusOf("contoso", "northwind")).toEqual([{ status: "termination-requested", terminatedAt: null }]);
    const again = await requestTermination({ resellerId: await orgId(database, "northwind"), reason: "again" });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("already requested") });
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "relationship.termination-requested"));
    expect(events).toHaveLength(1);
    expect(await pendingIdFor("Northwind IT Services Ltd")).toBeDefined();
  });

  it("a suspended relationship can be requested to end, and a rejection restores 'suspended'", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    expect((await requestTermination({ resellerId: await orgId(database, "proseware"), reason: "Dormant for a year." })).ok).toBe(true);
    const id = (await pendingIdFor("Proseware Partners AB"))!;
    expect(await decideTermination({ requestId: id, decision: "reject", note: "" })).toMatchObject({ ok: false, fieldErrors: { note: expect.any(Array) } });
    const rejected = await decideTermination({ requestId: id, decision: "reject", note: "Talk to the reseller first." });
    expect(rejected).toMatchObject({ ok: true, data: { status: "suspended" } });
    expect(await statusOf("contoso", "proseware")).toEqual([{ status: "suspended", terminatedAt: null }]);
    const [request] = await database.db.select().from(terminationRequests).where(eq(terminationRequests.id, id));
    expect(request).toMatchObject({ status: "rejected", decisionNote: "Talk to the reseller first.", previousStatus: "suspended" });
  });
});

describe("program support deciding", () => {
  it("partners cannot decide; support approves once: the relationship is terminated on both sides", async () => {
    const id = (await pendingIdFor("Northwind IT Services Ltd"))!;
    await signInAs(database, "anna@contoso-distribution.example");
    expect(await decideTermination({ requestId: id, decision: "approve" })).toEqual({ ok: false, error: "You are not allowed to do this." });
    expect(await listPendingTerminationRequests((await getActor())!)).toEqual([]);

    await signInAs(database, "sam@program-support.example");
    const [first, second] = await Promise.all([
      decideTermination({ requestId: id, decision: "approve", note: "Confirmed with both parties." }),
      decideTermination({ requestId: id, decision: "reject", note: "no" }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const winner = first.ok ? "approve" : "reject";
    const [row] = await statusOf("contoso", "northwind");
    expect(row!.status).toBe(winner === "approve" ? "terminated" : "active");
    expect(row!.terminatedAt !== null).toBe(winner === "approve");
    const decided = await listDecidedTerminationRequests((await getActor())!);
    expect(decided.map((request) => request.resellerName)).toContain("Northwind IT Services Ltd");

    await signInAs(database, "nina@northwind-it.example");
    const seen = await listRelationshipsOfReseller((await getActor())!);
    expect(seen).toEqual([
      expect.objectContaining({ providerName: "Contoso Distribution B.V.", status: row!.status, terminationStatus: winner === "approve" ? "approved" : "rejected" }),
    ]);
  });

  it("approving the seeded Alpine request ends it; deciding again is refused", async () => {
    const id = (await pendingIdFor("Alpine Ski House Tech Inc."))!;
    expect((await decideTermination({ requestId: id, decision: "approve", note: "" })).ok).toBe(true);
    expect(await statusOf("fabrikam", "alpine")).toEqual([{ status: "terminated", terminatedAt: expect.any(Date) }]);
    expect(await decideTermination({ requestId: id, decision: "reject", note: "late" })).toMatchObject({ ok: false, error: expect.stringContaining("already been decided") });
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "relationship.terminated"));
    expect(events.at(-1)!.subjectOrganizationIds).toEqual(expect.arrayContaining([await orgId(database, "fabrikam"), await orgId(database, "alpine")]));
  });

  it("support's lists are empty for partners; a reseller sees only its own relationships", async () => {
    await signInAs(database, "lea@litware.example");
    expect(await listDecidedTerminationRequests((await getActor())!)).toEqual([]);
    const mine = await listRelationshipsOfReseller((await getActor())!);
    expect(mine.map((relationship) => relationship.providerName)).toEqual(["Contoso Distribution B.V."]);
    await signInAs(database, "anna@contoso-distribution.example");
    expect(await listRelationshipsOfReseller((await getActor())!)).toEqual([]);
  });
});
