// Dead ends 5 and 6 of the walkthrough, at the data layer: a reseller withdraws its own pending request to end a
// relationship; a terminated reseller stays findable by search, with its state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, notifications, providerResellerRelationships, terminationRequests, users } from "@/lib/db/schema";
import { parseResellerListQuery } from "@/lib/validation/resellers";
import { requestProviderRelationshipEnd, withdrawProviderRelationshipEnd } from "@/app/(app)/providers/actions";
import { decideTermination } from "@/app/(app)/support/actions";
import { getActor } from "./actor";
import { listRelationshipsOfReseller, listResellersOfProvider } from "./relationships";
import { listPendingTerminationRequests } from "./termination-requests";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

async function litwareWithContoso() {
  await signInAs(database, "lea@litware.example");
  const [relationship] = (await listRelationshipsOfReseller((await getActor())!)).filter((r) => r.providerName === "Contoso Distribution B.V.");
  return relationship!;
}

describe("a reseller withdraws its own termination request (dead end 5)", () => {
  it("puts the relationship back as it was, leaves support's queue, and is recorded", async () => {
    const before = await litwareWithContoso();
    expect(before.status).toBe("active");
    expect(await requestProviderRelationshipEnd({ relationshipId: before.relationshipId, reason: "Second thoughts ahead." })).toMatchObject({ ok: true });
    const pending = await litwareWithContoso();
    expect(pending).toMatchObject({ status: "termination-requested", terminationStatus: "pending", terminationFiledByUs: true });

    // A member cannot withdraw it; another reseller's admin gets "not found", like for a missing id.
    await signInAs(database, "hugo@litware.example");
    expect(await withdrawProviderRelationshipEnd({ requestId: pending.terminationRequestId! })).toMatchObject({ ok: false });
    await signInAs(database, "ben@adventure-works.example");
    const stranger = await withdrawProviderRelationshipEnd({ requestId: pending.terminationRequestId! });
    const missing = await withdrawProviderRelationshipEnd({ requestId: "00000000-0000-4000-8000-000000000000" });
    expect(stranger).toEqual(missing);
    expect(stranger.ok).toBe(false);

    await signInAs(database, "lea@litware.example");
    expect(await withdrawProviderRelationshipEnd({ requestId: pending.terminationRequestId! })).toMatchObject({ ok: true, data: { status: "active" } });
    const after = await litwareWithContoso();
    expect(after).toMatchObject({ status: "active", terminationStatus: "withdrawn" });
    const [row] = await database.db.select().from(terminationRequests).where(eq(terminationRequests.id, pending.terminationRequestId!));
    expect(row).toMatchObject({ status: "withdrawn" });
    expect(row!.decidedAt).not.toBeNull();
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, before.relationshipId), eq(auditEvents.action, "relationship.termination-withdrawn")));
    expect(events).toHaveLength(1);
    // Contoso's admin (not its member) is told the request no longer stands.
    const told = await database.db
      .select({ email: users.email, title: notifications.title })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.kind, "termination.withdrawn"));
    expect(told).toEqual([{ email: "anna@contoso-distribution.example", title: "Litware Solutions SARL withdrew its request to end your relationship" }]);

    // Withdrawn once; support no longer sees it and cannot decide it.
    expect(await withdrawProviderRelationshipEnd({ requestId: pending.terminationRequestId! })).toMatchObject({ ok: false });
    await signInAs(database, "sam@program-support.example");
    expect((await listPendingTerminationRequests((await getActor())!)).map((r) => r.id)).not.toContain(pending.terminationRequestId);
    expect(await decideTermination({ requestId: pending.terminationRequestId!, decision: "approve", note: "" })).toMatchObject({ ok: false });
  });

  it("a request the provider filed is not the reseller's to withdraw", async () => {
    const relationship = await litwareWithContoso();
    await database.db.update(providerResellerRelationships).set({ status: "termination-requested", terminationRequestedAt: new Date() }).where(eq(providerResellerRelationships.id, relationship.relationshipId));
    const [request] = await database.db
      .insert(terminationRequests)
      .values({ relationshipId: relationship.relationshipId, requestedByOrganizationId: relationship.providerId, reason: "The provider's own.", previousStatus: "active" })
      .returning({ id: terminationRequests.id });
    expect((await litwareWithContoso()).terminationFiledByUs).toBe(false);
    expect(await withdrawProviderRelationshipEnd({ requestId: request!.id })).toMatchObject({ ok: false });
  });
});

describe("after a termination (dead end 6)", () => {
  it("a search finds a terminated reseller, with its state; the default list still leaves it out", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const actor = (await getActor())!;
    const byName = await listResellersOfProvider(actor, parseResellerListQuery({ q: "Trey" }));
    expect(byName.rows.map((row) => [row.legalName, row.status])).toEqual([["Trey Research Oy", "terminated"]]);
    const byId = await listResellersOfProvider(actor, parseResellerListQuery({ q: "5200007" }));
    expect(byId.rows.map((row) => row.status)).toEqual(["terminated"]);
    const all = await listResellersOfProvider(actor, parseResellerListQuery({}));
    expect(all.rows.map((row) => row.legalName)).not.toContain("Trey Research Oy");
  });
});
